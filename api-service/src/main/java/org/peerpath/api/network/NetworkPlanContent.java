package org.peerpath.api.network;

import java.util.List;

/** What one version of a network plan stores as JSON: its members, ids assigned. */
public record NetworkPlanContent(List<NetworkMember> members) {
}
