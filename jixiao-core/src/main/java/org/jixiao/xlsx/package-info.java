/**
 * The lean OOXML layer under {@code read} and {@code write}: the zip parts of an .xlsx held in memory, a small
 * tokenizer over their XML that keeps byte offsets, and the few parts jixiao needs (relationships, the sheet
 * list, shared strings, cell formats, sheet cells). It exists for speed: reading and filling a template this way
 * costs a small multiple of unzipping it, where POI's object model costs tens of times more. Anything it does not
 * handle raises {@link org.jixiao.xlsx.NotLean} and the caller uses POI instead. Internal: not a stable API.
 */
package org.jixiao.xlsx;
