package org.peerpath.api.session;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rules for signing notes. */
@ConfigMapping(prefix = "peerpath.notes")
public interface NotesConfig {

    /** How recent the signer's login ({@code auth_time}) must be to sign a note or an addendum. */
    @WithDefault("PT15M")
    Duration signingLoginWindow();
}
