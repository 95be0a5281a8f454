package org.peerpath.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    private final WebhookTargets targets = new WebhookTargets();

    @Test
    void privateAndLocalAddressesAreRefused() throws Exception {
        for (String address : new String[] { "127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "::1", "fd00::1", "fe80::1" }) {
            assertThat(WebhookTargets.isPrivate(InetAddress.getByName(address))).as(address).isTrue();
        }
        assertThat(WebhookTargets.isPrivate(InetAddress.getByName("93.184.216.34"))).isFalse();
    }

    @Test
    void onlyHttpUrlsToPublicHostsAreAllowed() {
        assertThat(targets.isAllowed("http://127.0.0.1:9000/hook")).isFalse();
        assertThat(targets.isAllowed("https://169.254.169.254/latest/meta-data")).isFalse();
        assertThat(targets.isAllowed("ftp://93.184.216.34/hook")).isFalse();
        assertThat(targets.isAllowed("not a url")).isFalse();
        assertThat(targets.isAllowed("https://93.184.216.34/hook")).isTrue();
    }
}
