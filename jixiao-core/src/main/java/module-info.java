/**
 * jixiao-core: reads, scores and fills Chinese budget performance self-evaluation workbooks (绩效自评表). The API is
 * {@link org.jixiao.Jixiao} with its options and results ({@code org.jixiao}), the records of what was read and
 * found ({@code org.jixiao.model}) and the rule-set checks for JUnit ({@code org.jixiao.testing}). The stages behind
 * them are not exported.
 */
module org.jixiao.core {
    requires org.apache.commons.csv;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;
    requires org.slf4j;

    exports org.jixiao;
    exports org.jixiao.model;
    exports org.jixiao.testing;
}
