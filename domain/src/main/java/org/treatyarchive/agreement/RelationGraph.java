package org.treatyarchive.agreement;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * An agreement and what bears on it or what it bears on (amends, supersedes, supplements,
 * implements, terminates, refers to), some steps out in both directions: the lineage a reader asks
 * about ("what amended or replaced this?"). Only agreements the reader may see are in it.
 *
 * @param centre the agreement the graph is drawn around
 */
public record RelationGraph(String centre, List<Node> nodes, List<Edge> edges) implements Serializable {

    /**
     * @param distance how many relations away from the centre (0 for the centre itself)
     */
    public record Node(AgreementSummary agreement, int distance) implements Serializable {

        /** The short label a drawing shows: the short title (or official title) and the year of signature. */
        public String label() {
            return agreement.displayTitle() + " (" + agreement.signed().year() + ")";
        }
    }

    /** {@code from} holds the relation: the 2003 protocol ({@code from}) supplements the 2001 agreement ({@code to}). */
    public record Edge(String from, String to, RelationType type) implements Serializable {
    }

    public RelationGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Optional<Node> node(String reference) {
        return nodes.stream().filter(node -> node.agreement().reference().equals(reference)).findFirst();
    }

    /**
     * The relations as a sentence each reads from one end ("AGR-2003-0001 supplements AGR-2001-0002"),
     * nearest the centre first: the text beside the drawing for those who cannot see it.
     */
    public List<Edge> edgesByDistance() {
        return edges.stream().sorted(java.util.Comparator.comparingInt((Edge edge) -> Math.min(distance(edge.from()), distance(edge.to())))
                .thenComparing(Edge::from).thenComparing(Edge::to)).toList();
    }

    private int distance(String reference) {
        return node(reference).map(Node::distance).orElse(Integer.MAX_VALUE);
    }
}
