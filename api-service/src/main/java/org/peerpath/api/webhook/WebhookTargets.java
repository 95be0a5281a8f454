package org.peerpath.api.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peerpath.common.error.ProblemException;

/**
 * Where webhooks may be delivered. An agency names its EHR's URL, so without a check the service could be made to
 * call hosts inside its own network (server-side request forgery). Addresses that are loopback, link-local,
 * site-local (10/8, 172.16/12, 192.168/16), unique-local IPv6 or unspecified are refused, when an endpoint is
 * registered and again before every delivery (DNS can change). The local stack and the tests, whose receivers run
 * on this machine, allow them with {@code peerpath.webhooks.allow-private-targets}.
 */
@ApplicationScoped
public class WebhookTargets {

    @ConfigProperty(name = "peerpath.webhooks.allow-private-targets", defaultValue = "false")
    boolean allowPrivateTargets;

    /** A 400 naming {@code url} when the URL may not receive webhooks. */
    public void requireAllowed(String url) {
        if (!isAllowed(url)) {
            throw ProblemException.invalidField("url",
                    "must be an http(s) URL of a host outside this service's private network");
        }
    }

    public boolean isAllowed(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            return false;
        }
        if (allowPrivateTargets) {
            return true;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(address)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException unresolvable) {
            return false;
        }
    }

    static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6;
    }
}
