package org.jixiao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jixiao.rules.BuiltInRuleSets;
import org.jixiao.rules.RuleSetError;
import org.jixiao.rules.RuleSetLoad;

/** Resolves a --rules argument: a built-in name, or a folder / workbook on disk. */
final class RuleSources {

    private RuleSources() {
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
