/** The Atom feed of newly published agreements, for officials who follow the archive in a feed reader. */
package org.treatyarchive.web.feed;
