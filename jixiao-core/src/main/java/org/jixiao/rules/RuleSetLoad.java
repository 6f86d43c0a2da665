package org.jixiao.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of loading a rule set: the rule set when it is valid, else every error found (never just the
 * first); notes such as the encoding that was detected. Immutable and thread-safe.
 */
public record RuleSetLoad(Optional<RuleSet> ruleSet, List<RuleSetError> errors, List<String> notes) {

    public RuleSetLoad {
        Objects.requireNonNull(ruleSet, "ruleSet");
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public boolean isValid() {
        return ruleSet.isPresent();
    }
}
