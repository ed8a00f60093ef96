// The actor network of the selected period: nodes are actors (countries by
// default), a directed edge's width is its number of events and its colour
// the mean Goldstein value. Clicking a node or an edge reports it (the
// dashboard sets the A/B filter from it).
import { createChart, messageOption, goldsteinColor, FONT } from './charts.js';

// Nodes with their total events (as source plus as target).
export function networkNodes(edges) {
  const totals = new Map();
  for (const edge of edges) {
    totals.set(edge.source, (totals.get(edge.source) ?? 0) + edge.events);
    totals.set(edge.target, (totals.get(edge.target) ?? 0) + edge.events);
  }
  return [...totals].map(([code, events]) => ({ code, events })).sort((x, y) => y.events - x.events);
}

// A node stands for an A/B actor when one code is a prefix of the other
// (node RUS for actor RUSGOV at country level, node RUSGOV for actor RUS).
function isHighlighted(code, actors) {
  return actors.some((actor) => actor && (code.startsWith(actor) || actor.startsWith(code)));
}

// Force-layout distances scaled to the room each node has, so that a
// network of 5 or of 80 countries both stay inside the chart.
function forceFor(nodeCount, width, height) {
  const room = Math.sqrt((width * height) / Math.max(1, nodeCount));
  const spacing = Math.max(16, Math.min(110, room * (nodeCount > 30 ? 0.6 : 0.75)));
  return { repulsion: spacing * 4, edgeLength: [spacing * 0.8, spacing * 1.6], gravity: 0.3, friction: 0.2, layoutAnimation: false };
}

const LABELLED = 40;

function option(edges, highlighted, width, height) {
  const nodes = networkNodes(edges);
  const big = nodes.length > 30;
  const maxNode = Math.max(1, ...nodes.map((node) => node.events));
  const maxEdge = Math.max(1, ...edges.map((edge) => edge.events));
  return {
    textStyle: { fontFamily: FONT },
    tooltip: {
      formatter: (p) => (p.dataType === 'edge'
        ? `<b>${p.data.source} → ${p.data.target}</b><br>${p.data.events} events, mean Goldstein ` +
          `<b>${p.data.goldstein_mean.toFixed(2)}</b><br><i>click to show this dyad</i>`
        : `<b>${p.name}</b><br>${p.data.events} events<br><i>click to filter on this actor</i>`),
    },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: forceFor(nodes.length, width, height),
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
      label: { show: true, position: 'right', fontSize: big ? 10 : 11, color: '#1f2937' },
      emphasis: { focus: 'adjacency', lineStyle: { width: 6 } },
      data: nodes.map((node, rank) => ({
        name: node.code, events: node.events,
        label: { show: rank < LABELLED },  // the most active; the others on hover
        symbolSize: (big ? 6 : 10) + (big ? 16 : 26) * Math.sqrt(node.events / maxNode),
        itemStyle: {
          color: isHighlighted(node.code, highlighted) ? '#2563eb' : '#64748b',
          borderColor: '#fff', borderWidth: 1,
        },
      })),
      links: edges.map((edge) => ({
        source: edge.source, target: edge.target, events: edge.events, goldstein_mean: edge.goldstein_mean,
        lineStyle: {
          width: 1 + 7 * (edge.events / maxEdge), color: goldsteinColor(edge.goldstein_mean),
          curveness: 0.18, opacity: 0.85,
        },
      })),
    }],
  };
}

export function createNetwork(element, { onNode, onEdge }) {
  const chart = createChart(element);
  chart.on('click', (params) => {
    if (params.dataType === 'node') onNode(params.name);
    if (params.dataType === 'edge') onEdge(params.data.source, params.data.target);
  });
  return {
    chart,
    // Draws a /api/network answer; `highlighted` are the A/B actors' codes.
    show(answer, highlighted) {
      const edges = answer.edges ?? [];
      element.dataset.edges = String(edges.length);
      if (!edges.length) chart.setOption(messageOption('No events for these filters'), true);
      else chart.setOption(option(edges, highlighted, chart.getWidth(), chart.getHeight()), true);
    },
    message(text) {
      element.dataset.edges = '0';
      chart.setOption(messageOption(text), true);
    },
  };
}
