/** Subjects: the controlled vocabulary by which agreements are classified (seabed, environment, security...). */
package org.treatyarchive.subject;
