package org.peerpath.common.error;

/**
 * Describes a throwable for the log without its messages, which may quote personal data (SQL constraint details,
 * rejected JSON values). Types and the top frames are enough to find the bug.
 */
final class SafeThrowables {

    private static final int FRAMES = 8;

    private SafeThrowables() {
    }

    static String describe(Throwable throwable) {
        StringBuilder out = new StringBuilder();
        Throwable current = throwable;
        int depth = 0;
        while (current != null && depth++ < 5) {
            if (!out.isEmpty()) {
                out.append(" <- caused by ");
            }
            out.append(current.getClass().getName());
            StackTraceElement[] frames = current.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                out.append("\n    at ").append(frames[i]);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return out.toString();
    }
}
