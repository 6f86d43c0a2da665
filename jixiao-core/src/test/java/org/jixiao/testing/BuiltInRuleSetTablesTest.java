package org.jixiao.testing;

import org.jixiao.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CI runs the 测试 table each built-in rule set ships with, through the API that {@code jixiao rules test} uses:
 * the founding case (化龙镇 92.44 优, 预算执行 8.27), the national samples, and every rule type of the
 * department reference set on its sample.
 */
class BuiltInRuleSetTablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"national-project-2020", "department-overall-reference"})
    void theShippedTestTablePasses(String name) {
        RuleSetCheck.builtIn(name).samples(Samples.DIR).verify();
    }
}
