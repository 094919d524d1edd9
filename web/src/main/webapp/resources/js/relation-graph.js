/*
 * Draws a record's relation graph (the box #relationGraph) with Cytoscape.js from the record's
 * relations API. The list beside it says the same in text; the drawing is a second way to read it,
 * so it is hidden from screen readers and the page works without it.
 */
(function () {
    'use strict';

    function draw(box) {
        if (typeof cytoscape === 'undefined' || !window.fetch) {
            return;
        }
        var labels = JSON.parse(box.getAttribute('data-labels') || '{}');
        var page = box.getAttribute('data-page');
        fetch(box.getAttribute('data-src'), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
            .then(function (answer) {
                if (!answer.ok) {
                    throw new Error('relations: HTTP ' + answer.status);
                }
                return answer.json();
            })
            .then(function (graph) {
                var elements = graph.nodes.map(function (node) {
                    return {data: {id: node.reference, label: node.label, status: node.status, centre: node.reference === graph.centre ? 'yes' : 'no'}};
                }).concat(graph.edges.map(function (edge) {
                    return {data: {id: edge.from + '>' + edge.to + ':' + edge.type, source: edge.from, target: edge.to,
                        label: labels[edge.type] || edge.label}};
                }));
                var cy = cytoscape({
                    container: box,
                    elements: elements,
                    layout: {name: 'breadthfirst', directed: false, roots: [graph.centre], spacingFactor: 1.1, padding: 20},
                    userZoomingEnabled: true,
                    wheelSensitivity: 0.3,
                    style: [
                        {selector: 'node', style: {'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': '160px',
                            'font-size': '11px', 'text-valign': 'bottom', 'text-margin-y': 4, 'width': 22, 'height': 22,
                            'background-color': '#78909c', 'color': '#1f2933'}},
                        {selector: 'node[status = "IN_FORCE"]', style: {'background-color': '#2e7d32'}},
                        {selector: 'node[status = "NOT_YET_IN_FORCE"]', style: {'background-color': '#b26a00'}},
                        {selector: 'node[status = "TERMINATED"]', style: {'background-color': '#616161'}},
                        {selector: 'node[status = "SUPERSEDED"]', style: {'background-color': '#6d4c41'}},
                        {selector: 'node[centre = "yes"]', style: {'border-width': 4, 'border-color': '#0b4f8a', 'width': 30, 'height': 30}},
                        {selector: 'edge', style: {'label': 'data(label)', 'font-size': '10px', 'curve-style': 'bezier',
                            'target-arrow-shape': 'triangle', 'line-color': '#90a4ae', 'target-arrow-color': '#90a4ae',
                            'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-background-padding': '2px'}}
                    ]
                });
                cy.on('tap', 'node', function (event) {
                    if (event.target.id() !== graph.centre) {
                        window.location.href = page + encodeURIComponent(event.target.id());
                    }
                });
                box.setAttribute('data-drawn', String(graph.nodes.length));
            })
            .catch(function (failure) {
                box.setAttribute('data-drawn', 'failed');
                if (window.console) {
                    window.console.warn(failure);
                }
            });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var box = document.getElementById('relationGraph');
        if (box) {
            draw(box);
        }
    });
}());
