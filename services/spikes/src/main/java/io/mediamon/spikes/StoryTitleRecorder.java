package io.mediamon.spikes;

import io.mediamon.schema.Story;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Keeps the title of each story that moved recently, so that a story's SPIKE names it ("Iran–Taliban talks") rather
 * than one of its articles. A window store at the story version's record time: titles of stories that stopped
 * moving expire with the counts' retention instead of piling up for every story there ever was.
 */
final class StoryTitleRecorder implements Processor<String, Story, Void, Void> {
  private final String titlesStoreName;
  private WindowStore<String, String> titles;

  StoryTitleRecorder(String titlesStoreName) {
    this.titlesStoreName = titlesStoreName;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    this.titles = context.getStateStore(titlesStoreName);
  }

  @Override
  public void process(Record<String, Story> record) {
    // A tombstone or a keyless record names no title; the story's windows then fall back to an article's title.
    if (record.key() != null && record.value() != null) {
      titles.put(record.key(), record.value().getTitle(), record.timestamp());
    }
  }
}
