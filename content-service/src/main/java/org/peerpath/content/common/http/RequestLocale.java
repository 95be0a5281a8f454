package org.peerpath.content.common.http;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import org.peerpath.content.common.config.CurriculumConfig;

/**
 * The locale of this request's content: the first language of {@code Accept-Language} (in preference order) that the
 * curriculum exists in, else the first configured locale ({@code en}).
 */
@RequestScoped
public class RequestLocale {

    @Inject
    HttpHeaders headers;

    @Inject
    CurriculumConfig config;

    private String resolved;

    public String get() {
        if (resolved == null) {
            resolved = negotiate(headers.getAcceptableLanguages(), config.locales());
        }
        return resolved;
    }

    static String negotiate(List<Locale> acceptable, List<String> available) {
        for (Locale wanted : acceptable) {
            String language = wanted.getLanguage();
            if (available.contains(language)) {
                return language;
            }
        }
        return available.get(0);
    }
}
