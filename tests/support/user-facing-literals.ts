// Finds user-facing text written as a literal instead of a catalogue message: JSX text, text-like
// JSX attributes (label, placeholder, title, alt, aria-*), literals rendered from JSX expressions,
// page metadata titles, toasts, AppError messages, zod messages in schemas and e-mail subjects and
// bodies. Used by tests/unit/i18n/no-literal-text.test.ts over app/, components/ and lib/.
import ts from "typescript";

const LETTER = /[A-Za-z\u3040-\u30ff\u4e00-\u9fff]/;
const TEXT_ATTRIBUTES = new Set(["label", "placeholder", "title", "alt", "aria-label", "aria-description", "aria-placeholder", "aria-roledescription", "description", "hint", "heading", "confirmLabel", "emptyText"]);
const ERROR_CLASSES = new Set(["AppError", "NotFoundError", "AlreadyChangedError"]);
const MAIL_PROPERTIES = new Set(["subject", "text", "html"]);
const ZOD_MESSAGE_METHODS = new Set(["min", "max", "length", "regex", "email", "url", "refine", "superRefine", "nonempty", "int", "positive", "nonnegative", "gte", "lte", "gt", "lt", "multipleOf", "enum", "string", "number", "literal", "array", "startsWith", "endsWith", "includes", "uuid", "cuid", "datetime", "date"]);

export type Literal = { line: number; text: string; kind: string };

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
  return null;
}

function isUserText(text: string | null): text is string {
  return text !== null && LETTER.test(text);
}

/** A sentence rather than an identifier, key, class list or URL. */
function isSentence(text: string | null): text is string {
  return isUserText(text) && /\s/.test(text.trim()) && !/^[a-z0-9-]+(\s+[a-z0-9:/[\]._-]+)+$/.test(text.trim());
}

/** Literals a JSX expression renders: itself, or a branch of ?:, &&, || and ??. */
function renderedLiterals(expression: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(expression)) return renderedLiterals(expression.expression);
  if (ts.isConditionalExpression(expression)) return [...renderedLiterals(expression.whenTrue), ...renderedLiterals(expression.whenFalse)];
  if (ts.isBinaryExpression(expression) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(expression.operatorToken.kind)) {
    return [...renderedLiterals(expression.left), ...renderedLiterals(expression.right)];
  }
  return literalText(expression) !== null ? [expression] : [];
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return `${ts.isIdentifier(callee.expression) ? callee.expression.text : "?"}.${callee.name.text}`;
  return "";
}

export function findUserFacingLiterals(fileName: string, source: string): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const isSchemaFile = /(^|\/)schemas\.ts$/.test(fileName);
  // Hand-written dictionaries (messages.ts, labels.ts, status-labels.ts): every text in them.
  const isDictionary = /(^|[/-])(messages|labels)\.ts$/.test(fileName);
  const found: Literal[] = [];
  const add = (node: ts.Node, text: string, kind: string) => {
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim().slice(0, 80), kind });
  };

  const visit = (node: ts.Node) => {
    if (isDictionary && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && !ts.isImportDeclaration(node.parent) && !ts.isExternalModuleReference(node.parent)) {
      const text = literalText(node);
      // Codes (MIN_PRODUCT) are not text.
      if (isSentence(text) || (isUserText(text) && /^[A-Z\u3040-\u30ff\u4e00-\u9fff]/.test(text) && !/^[A-Z0-9_]+$/.test(text))) add(node, text, "dictionary");
    }
    if (ts.isJsxText(node) && isUserText(node.text)) add(node, node.text, "jsx text");
    if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(file);
      const value = ts.isStringLiteral(node.initializer) ? node.initializer : ts.isJsxExpression(node.initializer) ? node.initializer.expression : undefined;
      if (value && TEXT_ATTRIBUTES.has(name)) {
        for (const literal of ts.isStringLiteral(value) ? [value] : renderedLiterals(value as ts.Expression)) {
          const text = literalText(literal);
          if (isUserText(text)) add(literal, text, `attribute ${name}`);
        }
      }
    }
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const literal of renderedLiterals(node.expression)) {
        const text = literalText(literal);
        if (isUserText(text)) add(literal, text, "rendered literal");
      }
    }
    // Constants named like dictionaries (FOO_MESSAGES, BAR_LABELS) holding sentences or titles.
    if (ts.isVariableDeclaration(node) && /(MESSAGES|LABELS|TEXTS)$/.test(node.name.getText(file)) && node.initializer) {
      const visitValues = (value: ts.Node): void => {
        const text = literalText(value);
        if (isSentence(text) || (isUserText(text) && /^[A-Z]/.test(text) && !/^[A-Z_]+$/.test(text))) add(value, text, "dictionary");
        else ts.forEachChild(value, visitValues);
      };
      visitValues(node.initializer);
    }
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === "metadata" && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties) {
        if (ts.isPropertyAssignment(property) && ["title", "description"].includes(property.name.getText(file))) {
          const text = literalText(property.initializer);
          if (isUserText(text)) add(property, text, "metadata");
        }
      }
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node);
      const args = node.arguments ?? ts.factory.createNodeArray();
      if (/^toast\.(success|error|info|warning|message)$|^toast$/.test(name)) {
        const text = args[0] ? literalText(args[0]) : null;
        if (isUserText(text)) add(args[0], text, "toast");
      }
      if (ts.isNewExpression(node) && ERROR_CLASSES.has(name)) {
        for (const arg of args) {
          const text = literalText(arg);
          if (isSentence(text)) add(arg, text, "error message");
          if (ts.isObjectLiteralExpression(arg)) {
            for (const property of arg.properties) {
              const value = ts.isPropertyAssignment(property) ? literalText(property.initializer) : null;
              if (isSentence(value)) add(property, value, "field error");
            }
          }
        }
      }
      if (isSchemaFile && ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ZOD_MESSAGE_METHODS.has(node.expression.name.text)) {
        for (const arg of args) {
          const text = literalText(arg);
          if (isSentence(text)) add(arg, text, "schema message");
          if (ts.isObjectLiteralExpression(arg)) {
            for (const property of arg.properties) {
              const value = ts.isPropertyAssignment(property) && ["message", "error"].includes(property.name.getText(file)) ? literalText(property.initializer) : null;
              if (isSentence(value)) add(property, value, "schema message");
            }
          }
        }
      }
    }
    if (ts.isPropertyAssignment(node) && MAIL_PROPERTIES.has(node.name.getText(file)) && !fileName.endsWith(".tsx")) {
      const text = literalText(node.initializer);
      if (isSentence(text)) add(node, text, `mail ${node.name.getText(file)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
