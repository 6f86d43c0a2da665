package org.jixiao.samples;

import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;

/**
 * The national 项目支出绩效自评表 layout (财预〔2020〕10号 附件1), columns A–I:
 * title; facts; 项目资金 block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分); 年度总体目标;
 * 绩效指标 table (一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因); 总分 row.
 */
final class NationalSheets {

    /** A budget row: label, 年初, 全年, 执行 (Number or String), 分值, 执行率 (Pct or String), 得分. */
    record Budget(String label, Object initial, Object planned, Object executed, Object weight, Object rate,
                  Object score) {
    }

    /**
     * @param facts       label/value pairs, two per row (项目名称, 主管部门 …)
     * @param note        an explanatory row under the facts, or null
     * @param budgetLabel 项目资金（万元） or 年度预算情况（万元）
     * @param grade       {label, value} of a grade row under 总分, or null for none
     */
    record Spec(String sheet, String title, String yearLine, List<String[]> facts, String note, String budgetLabel,
                List<Budget> budget, String goal, String achieved, List<Ind> rows, Object reportedTotal,
                String[] grade) {
    }

    private NationalSheets() {
    }

    static void write(Workbook workbook, Spec spec) {
        SheetWriter w = new SheetWriter(workbook, spec.sheet());
        w.widths(14, 14, 16, 22, 14, 14, 10, 10, 26);
        int r = 0;
        w.titleRow(r++, 8, spec.title());
        w.titleRow(r++, 8, spec.yearLine());
        for (String[] pair : spec.facts()) {
            w.put(r, 0, pair[0]);
            if (pair.length == 2) {
                w.merged(r, 1, r, 8, pair[1]);
            } else {
                w.merged(r, 1, r, 3, pair[1]).put(r, 4, pair[2]).merged(r, 5, r, 8, pair[3]);
            }
            r++;
        }
        if (spec.note() != null) {
            w.merged(r, 0, r, 8, spec.note());
            r++;
        }
        int budgetTop = r;
        w.merged(budgetTop, 0, budgetTop + spec.budget().size(), 0, spec.budgetLabel());
        w.merged(r, 1, r, 2, null).put(r, 3, "年初预算数").put(r, 4, "全年预算数").put(r, 5, "全年执行数")
                .put(r, 6, "分值").put(r, 7, "执行率").put(r, 8, "得分");
        r++;
        for (NationalSheets.Budget b : spec.budget()) {
            w.merged(r, 1, r, 2, b.label());
            money(w, r, 3, b.initial());
            money(w, r, 4, b.planned());
            money(w, r, 5, b.executed());
            w.put(r, 6, b.weight());
            if (b.rate() instanceof Pct p) {
                w.putStyled(r, 7, p.fraction(), w.percent);
            } else {
                w.put(r, 7, b.rate());
            }
            w.put(r, 8, b.score());
            r++;
        }
        if (spec.goal() != null) {
            w.merged(r, 0, r + 1, 0, "年度总体目标");
            w.merged(r, 1, r, 4, "预期目标").merged(r, 5, r, 8, "实际完成情况");
            w.merged(r + 1, 1, r + 1, 4, spec.goal()).merged(r + 1, 5, r + 1, 8, spec.achieved());
            r += 2;
        }
        int header = r;
        w.merged(header, 0, header + spec.rows().size(), 0, "绩效指标");
        w.put(r, 1, "一级指标").put(r, 2, "二级指标").put(r, 3, "三级指标").put(r, 4, "年度指标值")
                .put(r, 5, "实际完成值").put(r, 6, "分值").put(r, 7, "得分").put(r, 8, "偏差原因分析及改进措施");
        r = IndicatorRows.write(w, r + 1, spec.rows(), new int[] {1, 2, 3, 4, 5, 6, 7, 8});
        w.merged(r, 0, r, 5, "总分").put(r, 6, 100).put(r, 7, spec.reportedTotal()).put(r, 8, null);
        if (spec.grade() != null) {
            r++;
            w.merged(r, 0, r, 5, spec.grade()[0]).merged(r, 6, r, 7, spec.grade()[1]).put(r, 8, null);
        }
    }

    private static void money(SheetWriter w, int r, int c, Object value) {
        if (value instanceof Number n) {
            w.putStyled(r, c, n.doubleValue(), w.money);
        } else {
            w.put(r, c, value);
        }
    }

    /**
     * A consistent project sheet. Budget 205.5/220 = 93.409% → 10 × 0.934091 = 9.34.
     * 产出 50: 培训 480/500 = 96% → 8 × 0.96 = 7.68; 站点 20 ≥ 20 → 8; 合格率 =100% met → 8; 完好率 97% ≥ 95% → 8;
     * 按时 85/90 → 9 × 0.94444 = 8.50; 成本 ≤90 actual 95 → 9 × 90/95 = 8.526 → 8.53. Sum 48.71.
     * 效益 30: 覆盖率 88% ≥ 85% → 10; 惠及 9,500/10,000 → 9.50; 长效机制 qualitative, submitted 9 → 9. Sum 28.50.
     * 满意度 10: 92% ≥ 90% → 10. Total 9.34 + 48.71 + 28.50 + 10 = 96.55, 优.
     */
    static Spec clean() {
        return project(205.5, 480, new Pct(0.9341), 9.34, 7.68, 96.55);
    }

    /**
     * The clean sheet with another 全年执行数 and 培训人次 and, for batch tests, blank submitted figures where
     * null; the other rows keep their scores (41.03 + 28.50 + 10).
     */
    static Spec project(double executed, int trained, Object rate, Object budgetScore, Object trainingScore,
                        Object reportedTotal) {
        return new Spec("附件1", "项目支出绩效自评表", "（2022年度）",
                List.of(new String[] {"项目名称", "乡村公共服务站点建设与培训项目"},
                        new String[] {"主管部门", "某区农业农村局", "实施单位", "某区乡村振兴服务中心"}),
                null, "项目资金（万元）",
                List.of(new Budget("年度资金总额", 200, 220, executed, 10, rate, budgetScore),
                        new Budget("其中：当年财政拨款", 180, 200, 190.5, "—", null, "—"),
                        new Budget("上年结转资金", 20, 20, 15, "—", null, "—"),
                        new Budget("其他资金", 0, 0, 0, "—", null, "—")),
                "建设服务站点20个，培训500人次，提升群众满意度。", "建成站点20个，培训480人次，群众满意度92%。",
                projectRows(new Object[] {trained, 20, "100%", "97%", "85%", "95万元", "88%", "9,500人", "已建立", "92%"},
                        new Object[] {trainingScore, 8, 8, 8, 8.5, 8.53, 10, 9.5, 9, 10}),
                reportedTotal, null);
    }

    /**
     * Lenient self-scores (every row full marks) and a stored 总分 of 98 while the rows add up to 100.
     * Budget 372.5/500 = 74.5% → 7.45. 产出: 400/500 → 6.40; 18/20 → 7.20; 96% vs =100% → 8 × 0.96 = 7.68;
     * 97% → 8; 80/90 → 9 × 0.8889 = 8.00; 成本 100 vs ≤90 → 9 × 0.9 = 8.10. Sum 45.38.
     * 效益: 80/85 → 10 × 0.941176 = 9.41; 8,000/10,000 → 8.00; 长效机制 submitted 10 → 10. Sum 27.41.
     * 满意度: 85/90 → 10 × 0.94444 = 9.44. Total 7.45 + 45.38 + 27.41 + 9.44 = 89.68, 良 (the sheet says 优).
     */
    static Spec lenient() {
        return new Spec("自评表", "项目支出绩效自评表", "（2022年度）",
                List.of(new String[] {"项目名称", "农村人居环境整治提升项目"},
                        new String[] {"主管部门", "某县住房和城乡建设局", "实施单位", "某县村镇建设服务站"}),
                null, "项目资金（万元）",
                List.of(new Budget("年度资金总额", 500, 500, 372.5, 10, "74.50%", 10),
                        new Budget("其中：当年财政拨款", 500, 500, 372.5, "—", null, "—"),
                        new Budget("上年结转资金", 0, 0, 0, "—", null, "—"),
                        new Budget("其他资金", 0, 0, 0, "—", null, "—")),
                "完成整治村庄20个。", "完成整治村庄18个。",
                projectRows(new Object[] {400, 18, new Pct(0.96), "97%", "80%", "100万元", "80%", "8000人", "已建立",
                                "85%"},
                        new Object[] {8, 8, 8, 8, 9, 9, 10, 10, 10, 10}),
                98, new String[] {"评价等级", "优"});
    }

    /**
     * The Hubei/Yunnan layout: the budget block is worth 20 and the indicator rows print no 分值, only self-scores
     * (20, 10, 40, 10); the 总分 row says 分值 100, 得分 100. Budget 80/80 → 20 × min(1, 100%) = 20; the rows add
     * up to 80 as submitted; 20 + 80 = 100, 优.
     */
    static Spec unweighted() {
        return new Spec("项目自评表", "项目支出绩效自评表", "（2022年度）",
                List.of(new String[] {"项目名称", "农村公路提档升级项目"},
                        new String[] {"主管部门", "某县交通运输局", "实施单位", "某县公路事业发展中心"}),
                null, "项目资金（万元）",
                List.of(new Budget("年度资金总额", 80, 80, 80, 20, "100%", 20),
                        new Budget("其中：当年财政拨款", 80, 80, 80, "—", null, "—"),
                        new Budget("上年结转资金", 0, 0, 0, "—", null, "—"),
                        new Budget("其他资金", 0, 0, 0, "—", null, "—")),
                "完成农村公路提档升级12公里。", "完成提档升级12.5公里，验收合格。",
                List.of(new Ind("产出指标", "数量指标", "提档升级里程", "≥12公里", "12.5公里", null, 20, null),
                        new Ind("产出指标", "质量指标", "工程验收合格率", "100%", "100%", null, 10, null),
                        new Ind("效益指标", "社会效益指标", "群众出行条件", "明显改善", "明显改善", null, 40, null),
                        new Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "95%", null, 10, null)),
                100, null);
    }

    /**
     * The same layout with weights only in the 一级 labels, some with full-width brackets: 产出指标(60分) over
     * three rows, 效益指标（20分） over two, 满意度指标(10分) over one, and a budget block worth 10.
     * Budget 95/100 → 10 × 95% = 9.50. 产出 60/3 = 20 each: 8/10 个 → 20 × 0.8 = 16.00; =100% met → 20;
     * 90%/95% → 20 × 0.947368… = 18.95. 效益 20/2 = 10 each, qualitative, self-scores 9 and 10. 满意度 10:
     * 99% ≥ 90% → 10. Total 9.50 + 16 + 20 + 18.95 + 9 + 10 + 10 = 93.45, 优.
     */
    static Spec labelWeighted() {
        return new Spec("项目自评表", "项目支出绩效自评表", "（2022年度）",
                List.of(new String[] {"项目名称", "社区卫生服务能力提升项目"},
                        new String[] {"主管部门", "某县卫生健康局", "实施单位", "某县社区卫生服务中心"}),
                null, "项目资金（万元）",
                List.of(new Budget("年度资金总额", 100, 100, 95, 10, "95%", 9.5),
                        new Budget("其中：当年财政拨款", 100, 100, 95, "—", null, "—")),
                "新建服务点10个。", "建成服务点8个。",
                List.of(new Ind("产出指标(60分)", "数量指标", "新建服务点", "≥10个", "8个", null, 16, "2个选址未落实"),
                        new Ind("产出指标(60分)", "质量指标", "验收合格率", "=100%", "100%", null, 20, null),
                        new Ind("产出指标(60分)", "时效指标", "按期完成率", "≥95%", "90%", null, 18.95, "雨季停工"),
                        new Ind("效益指标（20分）", "社会效益指标", "就医便利程度", "明显提升", "有所提升", null, 9, null),
                        new Ind("效益指标（20分）", "可持续影响指标", "长效运行机制", "建立", "已建立", null, 10, null),
                        new Ind("满意度指标(10分)", "服务对象满意度指标", "居民满意度", "≥90%", "99%", null, 10, null)),
                93.45, null);
    }

    /** The ten indicator rows shared by the clean and lenient project sheets, with their actuals and scores. */
    private static List<Ind> projectRows(Object[] actual, Object[] reported) {
        return List.of(
                new Ind("产出指标", "数量指标", "培训人次", "≥500人次", actual[0], 8, reported[0], "部分学员因疫情未能参训"),
                new Ind("产出指标", "数量指标", "新建服务站点数", "≥20个", actual[1], 8, reported[1], null),
                new Ind("产出指标", "质量指标", "项目验收合格率", "=100%", actual[2], 8, reported[2], null),
                new Ind("产出指标", "质量指标", "设备完好率", "≥95%", actual[3], 8, reported[3], null),
                new Ind("产出指标", "时效指标", "按时完成率", "≥90%", actual[4], 9, reported[4], "雨季延误工期"),
                new Ind("产出指标", "成本指标", "单个站点建设成本", "≤90万元", actual[5], 9, reported[5], "材料涨价"),
                new Ind("效益指标", "社会效益指标", "服务群众覆盖率", "≥85%", actual[6], 10, reported[6], null),
                new Ind("效益指标", "社会效益指标", "惠及人数", "≥10,000人", actual[7], 10, reported[7], "部分站点投用较晚"),
                new Ind("效益指标", "可持续影响指标", "长效管理机制", "建立健全", actual[8], 10, reported[8], null),
                new Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", actual[9], 10, reported[9], null));
    }

    /**
     * The founding case: 广州市番禺区化龙镇人民政府 2022 部门整体支出. Published: 全年预算 48,865.73 万元, 执行
     * 40,430.2 万元 (82.74%), self-score 92.44, 优. Budget 10 × 0.827373 = 8.27. The indicator rows are
     * illustrative (the report gives no table) and worth 90, scoring 84.17 by hand:
     * 投入 5 + 5 (98.5% ≤ 100%) + 5 × 86.4/90 = 4.80 → 14.80;
     * 过程 5 + 4.5 + 5 × 82.74/90 = 4.60 + 4 + 5 × 10/17.26 = 2.90 → 21.00;
     * 产出 10 + 10 + 10 × 98.7% = 9.87 → 29.87; 效果 8.5 + 10 → 18.50. 8.27 + 84.17 = 92.44.
     */
    static Spec hualong() {
        return new Spec("部门整体自评表", "部门整体支出绩效自评表", "（2022年度）",
                List.<String[]>of(new String[] {"部门（单位）名称", "广州市番禺区化龙镇人民政府"}),
                "说明：公开的2022年度部门整体支出绩效自评报告只给出全年预算数48,865.73万元、全年执行数40,430.2万元、"
                        + "自评总分92.44分（优）；以下各项指标行为示意数据，仅用于演示。",
                "年度预算情况（万元）",
                List.of(new Budget("年度资金总额", null, "48,865.73", "40,430.2", 10, "82.7%", 8.27)),
                null, null,
                List.of(new Ind("投入", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, null),
                        new Ind("投入", "预算配置", "在职人员控制率", "≤100%", "98.5%", 5, 5, null),
                        new Ind("投入", "预算配置", "重点支出安排率", "≥90%", "86.4%", 5, 4.8, "重点项目延后"),
                        new Ind("过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, null),
                        new Ind("过程", "预算管理", "预决算信息公开性", "按时公开", "基本按时", 5, 4.5, null),
                        new Ind("过程", "预算执行", "支付进度率", "≥90%", "82.74%", 5, 4.6, "部分项目未完工结算"),
                        new Ind("过程", "资产管理", "资产管理安全性", "安全", "较安全", 5, 4, null),
                        new Ind("过程", "预算执行", "结转结余率", "≤10%", "17.26%", 5, 2.9, "结转资金较多"),
                        new Ind("产出", "职责履行", "重点工作办结率", "≥100%", "100%", 10, 10, null),
                        new Ind("产出", "职责履行", "完成及时率", "≥95%", "96%", 10, 10, null),
                        new Ind("产出", "职责履行", "质量达标率", "≥100%", "98.7%", 10, 9.87, "个别项目返工"),
                        new Ind("效果", "履职效益", "社会效益", "效果明显", "效果较明显", 10, 8.5, null),
                        new Ind("效果", "履职效益", "服务对象满意度", "≥90%", "92.3%", 10, 10, null)),
                92.44, new String[] {"自评等级", null});
    }
}
