package io.mediamon.app.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Whether the process can do its work now, and if not, why: every failing check with its reason. */
public final class Readiness {
  private final List<ReadinessCheck> checks;

  public Readiness(List<ReadinessCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  /** @param problems each failing check's name and reason, in check order; empty when ready */
  public record Report(Map<String, String> problems) {
    public boolean ready() {
      return problems.isEmpty();
    }
  }

  public Report report() {
    Map<String, String> problems = new LinkedHashMap<>();
    for (ReadinessCheck check : checks) {
      check.problem().ifPresent(reason -> problems.put(check.name(), reason));
    }
    return new Report(problems);
  }
}
