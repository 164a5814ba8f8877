package io.mediamon.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class StreamsServiceTest {
  @Test
  void aThreadThatTimedOutOnTheBrokersOrLostItsTransactionIsReplacedAndAnythingElseShutsTheClientDown() {
    assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, StreamsService.responseTo(new StreamsException(
        "send failed", new TimeoutException("Topic mediamon.alerts not present in metadata after 60000 ms."))));
    assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, StreamsService.responseTo(new StreamsException(
        "Error encountered trying to commit a transaction", new InvalidTxnStateException(
            "The producer attempted a transactional operation in an invalid state."))));
    assertEquals(StreamThreadExceptionResponse.SHUTDOWN_CLIENT,
        StreamsService.responseTo(new StreamsException("processing failed", new IllegalStateException("a bug"))));
    assertEquals(StreamThreadExceptionResponse.SHUTDOWN_CLIENT,
        StreamsService.responseTo(new StreamsException(new java.util.concurrent.TimeoutException("not Kafka's"))));
  }
}
