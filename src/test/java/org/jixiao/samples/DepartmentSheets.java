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
        SheetWriter w = new SheetWriter(workbook, "评分表");
        w.widths(6, 14, 12, 22, 8, 24, 30, 10, 10, 10, 20);
        w.titleRow(0, 10, "2022年度部门整体支出绩效评价评分表");
        w.sheet.createRow(1).createCell(0).setCellValue("部门名称：某区教育局");
        String[] headers = {"序号", "一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "指标值", "完成值",
            "自评得分", "扣分原因"};
        for (int c = 0; c < headers.length; c++) {
            w.put(2, c, headers[c]);
        }
        List<Ind> rows = List.of(
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
                new Ind("效果（20分）", "履职效益", "社会公众或服务对象满意度", "≥90%", "88%", 10, 9.78, null));
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
                .put(end, 8, null).put(end, 9, 95.43).put(end, 10, null);
        return workbook;
    }
}
