package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jixiao.rules.BuiltInRuleSets;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.RuleSetError;
import org.jixiao.rules.RuleSetLoad;

/** Resolves a --rules argument: a built-in name, or a folder / workbook on disk. */
final class RuleSources {

    private RuleSources() {
    }

    /**
     * The rule set a --rules option names (the national default when none), or empty after printing every error
     * of an invalid one.
     */
    static Optional<RuleSet> resolve(Optional<String> option, PrintWriter err) {
        if (option.isEmpty()) {
            return Optional.of(BuiltInRuleSets.national());
        }
        String nameOrPath = option.get();
        RuleSetLoad load = load(nameOrPath);
        if (!load.isValid()) {
            err.println("规则集无效 / invalid rule set " + nameOrPath + "（" + load.errors().size()
                    + " 处错误，详见 jixiao rules check）:");
            load.errors().forEach(e -> err.println("  " + e));
        }
        return load.ruleSet();
    }

    static RuleSetLoad load(String nameOrPath) {
        if (BuiltInRuleSets.names().contains(nameOrPath) && !Files.exists(Path.of(nameOrPath))) {
            return new RuleSetLoad(BuiltInRuleSets.find(nameOrPath), List.of(), List.of());
        }
        Path path = Path.of(nameOrPath);
        if (!Files.exists(path)) {
            return new RuleSetLoad(Optional.empty(), List.of(new RuleSetError(nameOrPath, 0, "", "",
                    RuleSetError.Code.UNREADABLE_FILE, "找不到规则集；内置规则集有：" + String.join("、",
                            BuiltInRuleSets.names()))), List.of());
        }
        return org.jixiao.rules.RuleSetLoader.load(path);
    }
}
