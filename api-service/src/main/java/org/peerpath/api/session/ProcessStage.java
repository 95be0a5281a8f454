package org.peerpath.api.session;

/** The five stages of the peer support process. */
public enum ProcessStage {
    CONNECTING, EXPLORING, SUPPORTING, PLANNING, ADVOCATING
}
