import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields a document asks for, by name, with what it asks under each (empty for a leaf). */
export type Selection = Map<string, Selection>;

/**
 * What a query asks for under `path` of the field being resolved (`['items']` for a page), with
 * fragments merged and fields left out by `@include(if: false)` / `@skip(if: true)` dropped. A list
 * uses it to fetch only what the page shows; a report, to compute only the parts asked for.
 */
export function selectionUnder(info: GraphQLResolveInfo, path: readonly string[]): Selection {
  let selection: Selection = new Map();
  for (const node of info.fieldNodes) if (node.selectionSet) collect(info, node.selectionSet, selection);
  for (const name of path) selection = selection.get(name) ?? new Map();
  return selection;
}

function collect(info: GraphQLResolveInfo, set: SelectionSetNode, into: Selection): void {
  for (const node of set.selections) {
    if (!included(info, node)) continue;
    if (node.kind === Kind.FIELD) {
      const name = node.name.value;
      const sub = into.get(name) ?? new Map();
      if (node.selectionSet) collect(info, node.selectionSet, sub);
      into.set(name, sub);
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      collect(info, node.selectionSet, into);
    } else {
      const fragment = info.fragments[node.name.value];
      if (fragment) collect(info, fragment.selectionSet, into);
    }
  }
}

function included(info: GraphQLResolveInfo, node: SelectionSetNode['selections'][number]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.['if'] !== false;
}
