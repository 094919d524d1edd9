/** Events: summits and meetings at which agreements are negotiated and signed. */
package org.treatyarchive.event;
