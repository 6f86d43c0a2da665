package org.jixiao.samples;

import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;

/**
 * A 部门整体支出绩效评价评分表 (财预〔2013〕53号 framework): 序号 | 一级指标 | 二级指标 | 三级指标 | 分值 |
 * 指标解释 | 评分标准 | 指标值 | 完成值 | 自评得分 | 扣分原因, level weights in the labels, no budget block
 * (budget figures are indicator rows), a 合计 row.
 */
final class DepartmentSheets {

    private DepartmentSheets() {
    }

    /**
     * By hand: 投入 5 + 5 × 100/103 = 4.85 + 5 (−3.2% ≤ 0%) = 14.85; 过程 10 × 92.5% = 9.25 + 5 × 10/12 = 4.17
     * + 10 + 10 (95% ≥ 90%) = 33.42; 产出 15 × 96% = 14.40 + 15 = 29.40; 效果 8 + 10 × 88/90 = 9.78 = 17.78.
     * Total 95.45, 优. Submitted scores add up to the stored 95.43, which differs from 95.45.
     */
    static Workbook scoring(Workbook workbook) {
        return table(workbook, "2022年度部门整体支出绩效评价评分表", "部门名称：某区教育局", List.of(
                new Ind("投入（15分）", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, null),
                new Ind("投入（15分）", "预算配置", "在职人员控制率", "≤100%", "103%", 5, 5, null),
                new Ind("投入（15分）", "预算配置", "“三公经费”变动率", "≤0%", "-3.2%", 5, 5, null),
                new Ind("过程（35分）", "预算执行", "预算完成率", "≥100%", "92.5%", 10, 9.25, "部分项目未完工"),
                new Ind("过程（35分）", "预算执行", "预算调整率", "≤10%", "12%", 5, 4, "年中追加预算"),
                new Ind("过程（35分）", "预算管理", "资金使用合规性", "合规", "合规", 10, 10, null),
                new Ind("过程（35分）", "资产管理", "固定资产利用率", "≥90%", "95%", 10, 10, null),
                new Ind("产出（30分）", "职责履行", "实际完成率", "≥100%", "96%", 15, 14.4, "一项工作顺延"),
                new Ind("产出（30分）", "职责履行", "完成及时率", "≥100%", "100%", 15, 15, null),
                new Ind("效果（20分）", "履职效益", "社会效益", "明显", "较明显", 10, 8, null),
                new Ind("效果（20分）", "履职效益", "社会公众或服务对象满意度", "≥90%", "88%", 10, 9.78, null)),
                95.43);
    }

    /**
     * A sheet for the built-in department-overall-reference rule set, one row per rule. By hand from the rule
     * text: 投入 3 + 1.5 + (5 − 1.5×0.5 = 4.25) + 5 + 4 (85% in [80%,90%)) = 17.75;
     * 过程 (8% short = 1 whole step of 5% → 5 − 2 = 3) + 2 (10% is in (0,10%]) + (3 − 0.5 = 2.5)
     * + 结转结余 pair: 3 × 10/12 = 2.5 vs −1.5% → 3, keep 3 + 2 (不超上年结转) + 2 (two of three items) + 3 (0 cases)
     * + 3 (是) + 2 (真实、完整) + 3 × 95% = 2.85 + 3 = 28.35; 产出 10 × 95% = 9.5 + 5 × 90% = 4.5 + 5 (96% ≥ 95%)
     * + 0 (98% ≠ 100%) = 19.00; 效果 4.5 + 3.5 + 5 (不适用 → 满分) + 5 × (84−60)/(90−60) = 4 = 17.00.
     * Total 82.10, 良. The sheet counted both of the pair and stores 97.5.
     */
    static Workbook reference(Workbook workbook) {
        return table(workbook, "2023年度部门整体支出绩效评价评分表", "部门名称：某区卫生健康局", List.of(
                new Ind("投入", "目标设定", "绩效目标合理性", "合理", "达成", 3, 3, null),
                new Ind("投入", "目标设定", "绩效指标明确性", "明确", "部分达成", 2, 1.5, null),
                new Ind("投入", "预算配置", "在职人员控制率", "≤100%", "101.5%", 5, 5, null),
                new Ind("投入", "预算配置", "“三公经费”变动率", "≤0", "-2.1%", 5, 5, null),
                new Ind("投入", "预算配置", "重点支出安排率", "≥90%", "85%", 5, 5, null),
                new Ind("过程", "预算执行", "预算完成率", "100%", "92%", 5, 5, null),
                new Ind("过程", "预算执行", "预算调整率", "0", "10%", 3, 3, null),
                new Ind("过程", "预算执行", "支付进度率", "按进度支付", "1个专项滞后", 3, 3, null),
                new Ind("过程", "预算执行", "结转结余率", "≤10%", "12%", 3, 3, null),
                new Ind("过程", "预算执行", "结转结余变动率", "≤0", "-1.5%", 3, 3, null),
                new Ind("过程", "预算执行", "资金结余", "无结余", "不超上年结转", 3, 3, null),
                new Ind("过程", "预算管理", "管理制度健全性", "健全", "制度健全，执行有效", 3, 3, null),
                new Ind("过程", "预算管理", "资金使用合规性", "无违规", "0起", 3, 3, null),
                new Ind("过程", "预算管理", "预决算信息公开性", "按规定公开", "是", 3, 3, null),
                new Ind("过程", "预算管理", "基础信息完善性", "真实完整准确", "真实、完整", 3, 3, null),
                new Ind("过程", "资产管理", "固定资产利用率", "≥95%", "95%", 3, 3, null),
                new Ind("过程", "资产管理", "资产管理安全性", "安全", "是", 3, 3, null),
                new Ind("产出", "职责履行", "实际完成率", "100%", "95%", 10, 10, null),
                new Ind("产出", "职责履行", "完成及时率", "100%", "90%", 5, 5, null),
                new Ind("产出", "职责履行", "质量达标率", "≥95%", "96%", 5, 5, null),
                new Ind("产出", "职责履行", "重点工作办结率", "=100%", "98%", 5, 5, null),
                new Ind("效果", "履职效益", "经济效益", "明显", "达成", 5, 4.5, null),
                new Ind("效果", "履职效益", "社会效益", "明显", "部分达成", 5, 3.5, null),
                new Ind("效果", "履职效益", "生态效益", "—", "不适用", 5, 5, null),
                new Ind("效果", "履职效益", "社会公众或服务对象满意度", "≥90%", "84%", 5, 5, null),
                new Ind("否决", "否决事项", "重大违纪违规", "不发生", "否", null, null, null)),
                97.5);
    }

    private static Workbook table(Workbook workbook, String title, String unitLine, List<Ind> rows,
                                  double reportedTotal) {
        SheetWriter w = new SheetWriter(workbook, "评分表");
        w.widths(6, 14, 12, 22, 8, 24, 30, 10, 10, 10, 20);
        w.titleRow(0, 10, title);
        w.sheet.createRow(1).createCell(0).setCellValue(unitLine);
        String[] headers = {"序号", "一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "指标值", "完成值",
            "自评得分", "扣分原因"};
        for (int c = 0; c < headers.length; c++) {
            w.put(2, c, headers[c]);
        }
        int r = 3;
        for (int i = 0; i < rows.size(); i++) {
            Ind row = rows.get(i);
            w.put(r + i, 0, i + 1);
            w.put(r + i, 5, "见评价指标体系说明");
            w.put(r + i, 6, row.target().toString().matches(".*\\d.*")
                    ? "达到目标得满分，未达到按完成比例计分" : "根据实际情况酌情评分");
        }
        // columns of 一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 扣分原因
        int end = IndicatorRows.write(w, r, rows, new int[] {1, 2, 3, 7, 8, 4, 9, 10});
        w.merged(end, 0, end, 3, "合计").put(end, 4, 100).put(end, 5, null).put(end, 6, null).put(end, 7, null)
                .put(end, 8, null).put(end, 9, reportedTotal).put(end, 10, null);
        return workbook;
    }
}
