package org.jixiao.rules;

import java.util.Arrays;
import java.util.Optional;

import org.jixiao.read.FigureParser;

/** The parameters a rule row may set in its 参数 cell, written {@code 名称=值; 名称=值}, Chinese or English. */
enum Param {
    BASE("基准", "base"),
    CAP("封顶", "cap"),
    DIRECTION("方向", "direction"),
    THRESHOLD("阈值", "threshold"),
    STEP("步长", "step"),
    AMOUNT("扣分", "amount"),
    FLOOR("下限", "floor"),
    MODE("计法", "mode"),
    TIERS("档位", "tiers"),
    ITEMS("项目", "items"),
    YES("是", "yes"),
    INVERT("反向", "invert"),
    MAP("映射", "map"),
    BANDS("档", "bands"),
    FULL("满分线", "full"),
    ZERO("零分线", "zero"),
    TOLERANCE("容差", "tolerance"),
    GROUP("组", "group"),
    PICK("取", "pick"),
    BY("按", "by"),
    TREATMENT("处理", "treatment"),
    CAP_GRADE("封顶等级", "cap_grade"),
    CAP_TOTAL("封顶总分", "cap_total"),
    TRIGGER("触发", "trigger");

    private final String chinese;
    private final String english;

    Param(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    String chinese() {
        return chinese;
    }

    String english() {
        return english;
    }

    static Optional<Param> find(String name) {
        String n = FigureParser.normalize(name);
        return Arrays.stream(values()).filter(p -> p.chinese.equals(n) || p.english.equalsIgnoreCase(n)).findFirst();
    }
}
