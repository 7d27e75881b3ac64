package dev.mfg.core.error;

/**
 * A posting dated before the cut-off (a closed period, or beyond the allowed backdating window).
 *
 * @since 0.1
 */
public final class BackdatedPostingException extends StateException {
    private static final long serialVersionUID = 1L;

    /**
     * @param postingTime the posting time, as text
     * @param cutoff the earliest allowed time, as text
     */
    public BackdatedPostingException(String postingTime, String cutoff) {
        super("The posting time (" + postingTime + ") is before the cut-off (" + cutoff + ").");
    }
}
