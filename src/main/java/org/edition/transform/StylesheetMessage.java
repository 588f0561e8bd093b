package org.edition.transform;

/**
 * What a stylesheet says as it runs without stopping: a warning of Saxon's (an ambiguous rule
 * match in an edition's override) or an {@code xsl:message}.
 *
 * @param stylesheet the stylesheet's address
 * @param line its line, or 0
 * @param text what it said
 */
public record StylesheetMessage(String stylesheet, int line, String text) {}
