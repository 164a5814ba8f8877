package io.mediamon.spikes;

/**
 * What a subject's last SPIKE alert said, kept while the subject stays high so that the spike alerts once.
 *
 * @param windowStart start of the window that first crossed the threshold (the spike's beginning), epoch millis;
 *     the spike is over once a whole window that starts after it has ended below the threshold
 * @param articles articles of the last alert's window (a later window must reach spikes.escalation-factor times it
 *     to alert again while the spike lasts)
 * @param baseline the baseline at the first alert: the spike's later windows are judged against it, since the spike
 *     itself raises the baselines of the windows after it
 */
record SpikeState(long windowStart, int articles, double baseline) {}
