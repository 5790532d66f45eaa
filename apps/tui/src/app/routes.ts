/** Where the reader is. The app keeps a stack of these; Esc pops one. */
export type Route =
  | { screen: 'library'; publisher?: string; entity?: { id: string; name: string } }
  | { screen: 'reader'; articleId: string; quoteId?: string }
  | { screen: 'people'; articleId?: string }
  | { screen: 'entity'; entityId: string }
  | { screen: 'claims'; articleId: string }
  | { screen: 'statements'; flag?: 'altered' | 'disputed' | 'unattributed' }
  | { screen: 'statement'; statementId: string }
  | { screen: 'help' };

/** A route on the stack, with what its screen wants back when it is shown again. */
export interface StackEntry {
  key: number;
  route: Route;
  memory: Map<string, unknown>;
}
