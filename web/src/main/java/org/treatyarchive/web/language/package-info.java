/**
 * The interface's languages: which one a reader gets (a {@code lang} link parameter, then the choice
 * remembered in a cookie, then the browser's {@code Accept-Language}), its direction, its message
 * bundle ({@code messages_xx.properties} beside this package: adding a language is adding a bundle
 * and a line in {@link org.treatyarchive.web.language.InterfaceLanguage}), and dates as its readers
 * write them, in the Solar Hijri calendar for Persian.
 */
package org.treatyarchive.web.language;
