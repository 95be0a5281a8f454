package org.peerpath.content;

import org.peerpath.common.testing.PlatformContractTest;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformTest extends PlatformContractTest {
}
