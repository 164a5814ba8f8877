package io.mediamon.extractor.dedup;

import java.util.List;

/** Stories written for these tests, and the kinds of copy a wire service's customers make of them. */
final class DedupTexts {
  static final List<String> HARBOUR_STRIKE = List.of(
      "Dock workers at the port of Valmora walked off the job on Monday, halting the loading of grain ships for the "
          + "first time in eleven years.",
      "The dockers' union said the strike would last until the port authority reversed a decision to extend night "
          + "shifts without extra pay. About 2,300 workers are taking part, according to union officials.",
      "Port director Elena Marsh told reporters the authority had offered talks on Tuesday morning and called the "
          + "walkout premature. She said perishable cargo would be diverted to the smaller terminal at Castel Bay.",
      "Shipping agents warned that a long stoppage could delay wheat exports that the region depends on in the "
          + "autumn. Two vessels were already waiting at anchor outside the breakwater on Monday evening.",
      "The last strike at Valmora, in 2013, lasted nine days and ended with a pay settlement brokered by the labour "
          + "ministry.");

  /** Another story on the same topic, written separately: it shares words and names, not passages. */
  static final List<String> OTHER_HARBOUR_STORY = List.of(
      "Grain exporters at Valmora said on Thursday they would seek compensation for ships kept waiting during this "
          + "week's strike, which ended after the port authority agreed to pay night shifts at overtime rates.",
      "Elena Marsh, the port director, said loading resumed at dawn and that the backlog of vessels should clear "
          + "by the weekend. Union leaders called the agreement a fair outcome for the 2,300 dockers.",
      "Traders estimate the four-day stoppage delayed around 180,000 tonnes of wheat, most of it bound for North "
          + "African buyers.");

  static final List<String> SCIENCE = List.of(
      "Astronomers using a radio telescope in the high desert have detected a faint repeating signal from a dwarf "
          + "galaxy about three million light years away.",
      "The bursts arrive every 16 days and last for several hours, the team reported in a paper published on "
          + "Wednesday. They believe a magnetar orbiting a massive companion star could explain the pattern.",
      "Other observatories plan follow-up observations during the next predicted window in March.");

  private DedupTexts() {}

  static String text(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  /**
   * The story as a syndication customer runs it: a byline line on top, two words changed, the last paragraph cut
   * and the fourth paragraph moved up. Its shingle Jaccard similarity to the original is about 0.7.
   */
  static String wireCopy(List<String> paragraphs) {
    String second = paragraphs.get(1).replace("strike", "stoppage").replace("officials", "leaders");
    return String.join("\n\n", "By Jonas Reed, Coastal Press", paragraphs.get(0), paragraphs.get(3), second,
        paragraphs.get(2));
  }
}
