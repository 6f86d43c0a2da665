package org.jixiao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.rules.BuiltInRuleSets;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.RuleSetChooser;
import org.jixiao.rules.RuleSetLoad;
import org.jixiao.rules.RuleSetLoader;

/**
 * Which rule set scores each sheet. By default each sheet gets the built-in set that fits its indicators clearly
 * best (a department-overall table the department set, a project table the national one); an evaluator's own sets
 * join the choice ({@link #withOwnFolder}), or one set scores every sheet ({@link #fixed}, {@link #fixedFile}).
 * Rule sets are loaded and checked once, when the value is made. Immutable and thread-safe.
 */
public final class RuleSelection {

    private static final RuleSelection BUILT_IN = new RuleSelection(RuleSetChooser.builtIn(), "built-in");

    private final RuleSetChooser chooser;
    private final String description;

    private RuleSelection(RuleSetChooser chooser, String description) {
        this.chooser = chooser;
        this.description = description;
    }

    /**
     * Each sheet's set chosen among the built-in ones.
     *
     * @return the default selection
     */
    public static RuleSelection builtIn() {
        return BUILT_IN;
    }

    /**
     * The names of the built-in rule sets.
     *
     * @return {@code national-project-2020}, {@code department-overall-reference}, …
     */
    public static List<String> builtInNames() {
        return BuiltInRuleSets.names();
    }

    /**
     * One built-in set for every sheet, if there is one of that name.
     *
     * @param name a built-in set's name, e.g. {@code national-project-2020}
     * @return the selection, or empty when no built-in set has that name
     */
    public static Optional<RuleSelection> findBuiltIn(String name) {
        Objects.requireNonNull(name, "name");
        return BuiltInRuleSets.find(name).map(rules -> new RuleSelection(RuleSetChooser.given(rules), name));
    }

    /**
     * One built-in set for every sheet.
     *
     * @param name a built-in set's name
     * @return the selection
     * @throws IllegalArgumentException when no built-in set has that name; the message lists the names
     */
    public static RuleSelection fixed(String name) {
        return findBuiltIn(name).orElseThrow(() -> new IllegalArgumentException("没有名为 " + name
                + " 的内置规则集；可用的有 / no built-in rule set " + name + "; choose one of: "
                + String.join(", ", builtInNames())));
    }

    /**
     * One set, exported and edited by an evaluator (a folder of CSV tables or one .xlsx), for every sheet.
     *
     * @param ruleSet the folder or workbook
     * @return the selection
     * @throws IllegalArgumentException when the set is missing or invalid; the message lists every mistake with
     *                                  its file, row and column
     */
    public static RuleSelection fixedFile(Path ruleSet) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        RuleSet rules = valid(ruleSet, RuleSetLoader.load(ruleSet));
        return new RuleSelection(RuleSetChooser.given(rules), rules.name());
    }

    /**
     * The built-in sets and every set in the folder (one subfolder or .xlsx per set, as {@code jixiao rules export}
     * writes them); each sheet gets the set that fits it best, the folder's sets winning ties.
     *
     * @param folder the evaluator's rules folder
     * @return the selection
     * @throws IOException              when the folder cannot be listed
     * @throws IllegalArgumentException when it is not a folder or one of its sets is invalid; the message lists
     *                                  every mistake with its file, row and column
     */
    public static RuleSelection withOwnFolder(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("规则集文件夹不存在 / rules folder not found: " + folder);
        }
        List<RuleSet> own = new ArrayList<>();
        for (Map.Entry<Path, RuleSetLoad> load : RuleSetLoader.loadFolder(folder).entrySet()) {
            own.add(valid(load.getKey(), load.getValue()));
        }
        return new RuleSelection(RuleSetChooser.withOwn(own), "built-in and " + folder);
    }

    /**
     * The names of the sets this selection may apply: the fixed one, or every candidate.
     *
     * @return rule-set names, an evaluator's own first
     */
    public List<String> names() {
        List<RuleSet> candidates = chooser.candidates();
        return candidates.isEmpty() ? List.of(chooser.fallback().name())
                : candidates.stream().map(RuleSet::name).toList();
    }

    RuleSetChooser chooser() {
        return chooser;
    }

    private static RuleSet valid(Path file, RuleSetLoad load) {
        if (load.isValid()) {
            return load.ruleSet().orElseThrow();
        }
        StringBuilder message = new StringBuilder("规则集无效 / invalid rule set " + file + ":");
        load.errors().forEach(e -> message.append("\n  ").append(e));
        throw new IllegalArgumentException(message.toString());
    }

    @Override
    public String toString() {
        return "RuleSelection[" + description + "]";
    }
}
