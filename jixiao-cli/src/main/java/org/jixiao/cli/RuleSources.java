package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.ParseException;
import org.jixiao.rules.BuiltInRuleSets;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.RuleSetChooser;
import org.jixiao.rules.RuleSetError;
import org.jixiao.rules.RuleSetLoad;
import org.jixiao.rules.RuleSetLoader;

/**
 * Where score, batch and diff get their rules: a --rules argument (a built-in name, a set of the user's rules
 * folder by name, or a folder / workbook on disk), else a choice per sheet among the built-in sets and the user's
 * own, kept in one folder named by --rules-dir or, once for every command, by the environment variable
 * {@value #RULES_DIR_ENV}.
 */
final class RuleSources {

    static final String RULES_DIR_ENV = "JIXIAO_RULES_DIR";

    static final Option RULES = Option.builder().longOpt("rules").hasArg().argName("PATH|NAME")
            .desc("评分规则集：内置名称、自有规则集名称，或文件夹/.xlsx；不指定时按每张表的指标自动选择，无吻合者用"
                    + " national-project-2020 / rule set: built-in or own name, folder or .xlsx (default: chosen per"
                    + " sheet)")
            .get();
    static final Option RULES_DIR = Option.builder().longOpt("rules-dir").hasArg().argName("DIR")
            .desc("自有规则集所在文件夹（每个子文件夹或 .xlsx 为一套），与内置规则集一起参与自动选择；也可设环境变量 "
                    + RULES_DIR_ENV + " / folder of your own rule sets, also taken from " + RULES_DIR_ENV)
            .get();

    private RuleSources() {
    }

    /**
     * The chooser the command's options ask for, or empty after printing every error (an invalid rule set, a
     * rules folder that is missing or holds an invalid set).
     */
    static Optional<RuleSetChooser> chooser(Arguments arguments, PrintWriter err) throws ParseException {
        return chooser(arguments.value(RULES), arguments.path(RULES_DIR), System::getenv, err);
    }

    /** As {@link #chooser(Arguments, PrintWriter)}, with the environment given (tests). */
    static Optional<RuleSetChooser> chooser(Optional<String> rules, Optional<Path> rulesDir,
                                            UnaryOperator<String> environment, PrintWriter err) {
        Optional<Path> folder = rulesDir.or(() -> Optional.ofNullable(environment.apply(RULES_DIR_ENV))
                .filter(s -> !s.isBlank()).map(Path::of));
        String from = rulesDir.isPresent() ? "--rules-dir" : "环境变量 " + RULES_DIR_ENV;
        List<RuleSet> own = new ArrayList<>();
        if (folder.isPresent()) {
            Optional<List<RuleSet>> loaded = own(folder.get(), from, err);
            if (loaded.isEmpty()) {
                return Optional.empty();
            }
            own.addAll(loaded.get());
        }
        RuleSetChooser choosing = own.isEmpty() ? RuleSetChooser.builtIn() : RuleSetChooser.withOwn(own);
        if (rules.isEmpty()) {
            return Optional.of(choosing);
        }
        RuleSetLoad load = load(rules.get(), own);
        if (!load.isValid()) {
            err.println("规则集无效 / invalid rule set " + rules.get() + "（" + load.errors().size()
                    + " 处错误，详见 jixiao rules check）:");
            load.errors().forEach(e -> err.println("  " + e));
            return Optional.empty();
        }
        return Optional.of(choosing.overriddenBy(load.ruleSet().get()));
    }

    /** Every set of the user's rules folder, or empty after printing what is wrong with it. */
    private static Optional<List<RuleSet>> own(Path folder, String from, PrintWriter err) {
        if (!Files.isDirectory(folder)) {
            err.println("规则集文件夹不存在或不是文件夹 / rules folder not found: " + folder + "（来自 " + from + "）");
            return Optional.empty();
        }
        Map<Path, RuleSetLoad> loads;
        try {
            loads = RuleSetLoader.loadFolder(folder);
        } catch (IOException e) {
            err.println("无法读取规则集文件夹 / cannot read the rules folder " + folder + "（来自 " + from + "）: " + e.getMessage());
            return Optional.empty();
        }
        List<RuleSet> sets = new ArrayList<>();
        boolean valid = true;
        for (Map.Entry<Path, RuleSetLoad> entry : loads.entrySet()) {
            RuleSetLoad load = entry.getValue();
            if (!load.isValid()) {
                valid = false;
                err.println("规则集无效 / invalid rule set " + entry.getKey() + "（来自 " + from + "，" + load.errors().size()
                        + " 处错误，详见 jixiao rules check）:");
                load.errors().forEach(e -> err.println("  " + e));
                continue;
            }
            RuleSet set = load.ruleSet().get();
            BuiltInRuleSets.find(set.name()).filter(builtIn -> !builtIn.sha256().equals(set.sha256())).ifPresent(b ->
                    err.println("提示 note: " + entry.getKey() + " 与内置规则集同名（" + set.name() + "）但内容不同；"
                            + "输出中难以区分，请在其“设置”表中修改“名称” / shares a built-in set's name"));
            sets.add(set);
        }
        return valid ? Optional.of(sets) : Optional.empty();
    }

    /**
     * A built-in name, a path on disk, or the name of one of the user's sets (its 名称, or its folder or file name
     * where it sets none).
     */
    static RuleSetLoad load(String nameOrPath, List<RuleSet> own) {
        if (BuiltInRuleSets.names().contains(nameOrPath) && !Files.exists(Path.of(nameOrPath))) {
            return new RuleSetLoad(BuiltInRuleSets.find(nameOrPath), List.of(), List.of());
        }
        Path path = Path.of(nameOrPath);
        if (Files.exists(path)) {
            return RuleSetLoader.load(path);
        }
        Optional<RuleSet> named = own.stream().filter(r -> r.name().equals(nameOrPath)).findFirst();
        if (named.isPresent()) {
            return new RuleSetLoad(named, List.of(), List.of());
        }
        List<String> names = new ArrayList<>(BuiltInRuleSets.names());
        own.stream().map(RuleSet::name).filter(n -> !names.contains(n)).forEach(names::add);
        return new RuleSetLoad(Optional.empty(), List.of(new RuleSetError(nameOrPath, 0, "", "",
                RuleSetError.Code.UNREADABLE_FILE, "找不到规则集；可用的规则集有：" + String.join("、", names)
                        + "（自有规则集放在 --rules-dir 或 " + RULES_DIR_ENV + " 所指的文件夹中）")), List.of());
    }

    /** As `rules check` loads: a built-in name or a path. */
    static RuleSetLoad load(String nameOrPath) {
        return load(nameOrPath, List.of());
    }
}
