package example;

import java.nio.file.Path;

import org.jixiao.Jixiao;
import org.jixiao.SheetScore;
import org.jixiao.WorkbookScore;

public class ScoreWorkbook {
    public static void main(String[] args) throws Exception {
        Jixiao jixiao = Jixiao.create();                                   // 内置规则集，按表选择；线程安全
        WorkbookScore scored = jixiao.score(Path.of(args[0]));             // 读不了的文件不抛异常
        scored.failure().ifPresent(f -> System.err.println(f.message()));  // 一行中文原因 + reason code
        for (SheetScore sheet : scored.sheets()) {
            System.out.println(sheet.sheet() + " " + sheet.total() + " " + sheet.grade());  // 部门整体自评表 92.44 优
        }
        scored.problems().forEach(System.out::println);                    // 自评表!H23: 填报总分98，按评分规则计算为89.68
        if (scored.failure().isEmpty()) {
            jixiao.fill(scored, Path.of(args[1]));                         // 填好的副本；原文件不变
        }
    }
}
