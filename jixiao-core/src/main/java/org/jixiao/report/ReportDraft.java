package org.jixiao.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jixiao.batch.BatchResult;
import org.jixiao.batch.CopyCompanion;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.write.AtomicFiles;

/**
 * A drafted 绩效自评报告 (or a batch's 评价结果汇总报告) as a Word document. {@link #of} drafts a workbook's
 * report from its scored evaluations: the title from the unit, project and year; the standard outline of a
 * 部门整体支出 report (一、基本情况 … 四、下一步改进措施) or of a 项目支出 report; every quantitative sentence filled
 * from the scores — budget, execution and rate in 收支情况, total and grade in 自评结论, the 一级/二级 subtotals in a
 * table, indicators that lost points with their 偏差原因, the grade's robustness where it is in doubt; 存在的主要问题
 * drafted from the findings and the points lost, one numbered item per kind; whatever a table cannot know left as
 * highlighted 【请填写：…】 placeholders. A workbook with several evaluation sheets gets one report after another.
 * {@link #summaryOf} drafts the summary of a batch. Immutable and thread-safe; {@link #write} may be called from
 * several threads.
 */
public final class ReportDraft {

    /** The suffix of a draft beside its workbook: {@code 化龙镇.xlsx → 化龙镇.自评报告.docx}. */
    public static final String SUFFIX = ".自评报告.docx";
    /** The name of a batch's summary report in its output folder. */
    public static final String SUMMARY_NAME = "评价结果汇总报告.docx";
    /** The value of jixiao's output marker in a draft. */
    static final String MARKER_DRAFT = "report-draft";
    /** The value of jixiao's output marker in a batch's summary report. */
    static final String MARKER_SUMMARY = "report-summary";

    private final List<Block> blocks;
    private final String marker;

    private ReportDraft(List<Block> blocks, String marker) {
        this.blocks = List.copyOf(blocks);
        this.marker = marker;
    }

    /**
     * The report on a workbook's evaluations.
     *
     * @param scored the workbook's scored evaluations, at least one
     * @param source the workbook's file name, named in the drafting note
     */
    public static ReportDraft of(List<ScoredEvaluation> scored, String source) {
        Objects.requireNonNull(source, "source");
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one scored evaluation");
        }
        List<Block> blocks = new ArrayList<>();
        scored.forEach(s -> blocks.addAll(EvaluationDraft.of(s, source)));
        return new ReportDraft(blocks, MARKER_DRAFT);
    }

    /** The summary report of a batch; {@code batchName} (e.g. the output folder's name) goes under the title. */
    public static ReportDraft summaryOf(BatchResult result, String batchName) {
        return new ReportDraft(BureauSummary.of(result, Objects.requireNonNull(batchName, "batchName")), MARKER_SUMMARY);
    }

    /** The default place of the draft of {@code workbook}: beside it, {@code NAME.自评报告.docx}. */
    public static Path defaultOutput(Path workbook) {
        String name = workbook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 && name.substring(dot).equalsIgnoreCase(".xlsx") ? name.substring(0, dot)
                : name; // 表.xls → 表.xls.自评报告.docx, so drafts of 表.xlsx and 表.xls beside each other differ
        Path parent = workbook.toAbsolutePath().getParent();
        return parent.resolve(stem + SUFFIX);
    }

    /** What {@code batch --reports} writes beside each filled copy: its draft, as {@link #defaultOutput} names it. */
    public static CopyCompanion besideEachCopy() {
        return new CopyCompanion() {
            @Override
            public Path pathFor(Path copy) {
                return defaultOutput(copy);
            }

            @Override
            public void write(Path copy, List<ScoredEvaluation> scored) throws IOException {
                if (!scored.isEmpty()) {
                    ReportDraft.of(scored, copy.getFileName().toString()).write(pathFor(copy));
                }
            }
        };
    }

    /** The document's paragraphs as text in order (a table as one line per row, cells separated by tabs). */
    List<String> text() {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Title t) {
                lines.add(t.text());
                lines.addAll(t.subtitles());
            } else if (block instanceof Block.Heading h) {
                lines.add(h.text());
            } else if (block instanceof Block.Para p) {
                lines.add(p.plain());
            } else if (block instanceof Block.Table t) {
                lines.add(String.join("\t", t.header()));
                t.rows().forEach(r -> lines.add(String.join("\t", r)));
            } else if (block instanceof Block.Chart c) {
                lines.add("〔图：" + c.title() + "〕");
            }
        }
        return lines;
    }

    /** The .docx file's bytes. */
    public byte[] toDocx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Docx.write(blocks, marker, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Writes the .docx through a temporary file in the same folder, then moves it into place. */
    public void write(Path output) throws IOException {
        byte[] bytes = toDocx();
        AtomicFiles.write(output, out -> out.write(bytes));
    }
}
