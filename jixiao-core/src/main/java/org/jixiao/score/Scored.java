package org.jixiao.score;

import java.math.BigDecimal;

/** What a rule gives one indicator before it is placed in the evaluation: score, method and 得分依据. */
record Scored(BigDecimal score, ScoringMethod method, String basis) {
}
