/**
 * What the JSON Schemas give an editor beyond the schema check: what each field means, shown on
 * hover in English and Spanish; the values to complete (country codes, ALL, the built-in
 * organisations, the catalogue's indicators); and the checks of `plan validate`'s rules that a
 * schema can make, so that the editor marks what CI would fail: a country code not in ISO 3166,
 * an action without a lead, a language or country listed twice, a year outside YEARS written as a
 * string. Where a value is wrong, `errorMessage` (read by yaml-language-server and VS Code, and
 * by ajv with ajv-errors) says what it should be, rather than list 270 valid values. A plan's own organisations and
 * indicators stay allowed: the schema does not know them, `plan validate` does (but one whose id
 * is two capitals reads as a country's code to the schema, as to a reader of the matrix).
 */
import { ALL_COUNTRIES, COUNTRY_PATTERN, DEFAULT_GROUP_PATTERN, ID_PATTERN, SEVERITY_SETTINGS, TIMEPOINT_IN_YEARS_PATTERN, TIMEPOINT_PATTERN, YEARS } from "../../model/fields.js";
import type { CodeTable } from "../../diagnostics/catalogue.js";
import type { ReferenceData } from "../../model/reference.js";

/**
 * The built-in data the schemas offer: the catalogue of countries, organisations and indicators,
 * and the diagnostic codes `rules` may set. Given by the commands, which have them loaded already:
 * imported here, they were split into a chunk of their own that every `plan validate` loaded.
 */
export interface EditorData {
  reference: ReferenceData;
  codes: CodeTable;
  isFixed(code: string): boolean;
}

type Node = Record<string, unknown>;

/** Each field's meaning, by its keys from the top (list items add none): English, then Spanish. */
const MEANINGS: Readonly<Record<"plan" | "group", Readonly<Record<string, readonly [string, string]>>>> = {
  group: {
    group: ["The group's id (intelligence), as CI and the drafts' sources name it.", "El id del grupo (intelligence)."],
    theme: ["The id of the theme in plan.yaml that this group drafts (intelligence, field-operations, …).", "El id del tema de plan.yaml que redacta el grupo."],
    facilitator: ["Who facilitated the group's work: {name, organization}.", "Quién facilitó el trabajo del grupo: {name, organization}."],
    "facilitator.name": ["The facilitator's name.", "El nombre de quien facilitó."],
    "facilitator.organization": ["The facilitator's organisation, by its id (IOM).", "Su organización, por su id (IOM)."],
    rapporteur: ["Who reports for the group: {name, country}.", "Quién relata por el grupo: {name, country}."],
    "rapporteur.name": ["The rapporteur's name, or a delegation in each language.", "El nombre, o una delegación en cada idioma."],
    "rapporteur.country": ["The rapporteur's country, by its ISO code (SV).", "Su país, por su código ISO (SV)."],
    participants: ["The delegations that took part: {country, role, name}.", "Las delegaciones que participaron: {country, role, name}."],
    "participants.country": ["The delegation's country, by its ISO code (GT).", "El país de la delegación, por su código ISO (GT)."],
    "participants.role": ["What the delegate does at home: prosecutor, immigration-director, investigator, …", "Su función: prosecutor (fiscal), immigration-director, investigator, …"],
    "participants.name": ["The delegate's name, if the group records it.", "El nombre, si el grupo lo registra."],
    objectives: ["The group's objectives, each with its actions.", "Los objetivos del grupo, cada uno con sus acciones."],
    "objectives.id": ["The objective's id (INT-O1): stable, as reviews and diffs name it.", "El id del objetivo (INT-O1): estable."],
    "objectives.title": ["The objective, in a sentence.", "El objetivo, en una frase."],
    "objectives.description": ["What the objective is about, in a paragraph.", "De qué trata el objetivo."],
    "objectives.actions": ["The strategic actions that serve the objective.", "Las acciones estratégicas del objetivo."],
    "objectives.actions.id": ["The action's id (INT-1.2): stable, and unique in the plan.", "El id de la acción (INT-1.2): estable y único en el plan."],
    "objectives.actions.title": ["What is to be done, in a sentence (the matrix's Action).", "Qué se hará, en una frase (la Acción de la matriz)."],
    "objectives.actions.description": ["How it will be done, in a paragraph.", "Cómo se hará."],
    "objectives.actions.lead": [
      "Who leads the action (Lead): country codes (MX), ALL for every member country, or organisation ids (IOM); one, or a list.",
      "Quién la lidera (Responsables): códigos de país (MX), ALL para todos los países miembros o ids de organizaciones (IOM).",
    ],
    "objectives.actions.partners": ["Who takes part (Partners), written as the lead is.", "Quiénes participan (Socios), escritos como los responsables."],
    "objectives.actions.timeframe": ["When (Timeframe): {start, end}, each a year (2019) or a quarter (2019-Q3).", "Cuándo (Plazo): {start, end}, cada uno un año (2019) o un trimestre (2019-Q3, con Q)."],
    "objectives.actions.timeframe.start": ["The year (2019) or quarter (2019-Q3) it starts.", "El año (2019) o trimestre (2019-Q3) en que empieza."],
    "objectives.actions.timeframe.end": ["The year (2020) or quarter (2020-Q4) it ends, included.", "El año (2020) o trimestre (2020-Q4) en que termina, incluido."],
    "objectives.actions.priority": ["high, medium (when left out) or low.", "high (alta), medium (media, si se omite) o low (baja)."],
    "objectives.actions.protocol": [
      "The compliance indicators of the Protocol against the Smuggling of Migrants that the action serves (SOM-6.1, SOM-10.4).",
      "Los indicadores de cumplimiento del Protocolo contra el tráfico ilícito de migrantes que la acción atiende.",
    ],
    "objectives.actions.indicators": ["How progress is measured: {text, baseline, target, verification}.", "Cómo se mide el avance: {text, baseline, target, verification}."],
    "objectives.actions.indicators.text": ["The indicator.", "El indicador."],
    "objectives.actions.indicators.baseline": ["Where things stand at the start.", "La línea de base."],
    "objectives.actions.indicators.target": ["What the action aims to reach.", "La meta."],
    "objectives.actions.indicators.verification": ["How it will be verified.", "Los medios de verificación."],
    "objectives.actions.outputs": ["What the action delivers.", "Los productos de la acción."],
    "objectives.actions.related": ["The ids of related actions, in any group (FLD-2.1).", "Los ids de acciones relacionadas, de cualquier grupo (FLD-2.1)."],
    "objectives.actions.notes": ["Anything else the consolidators should know.", "Notas para quienes consolidan."],
  },
  plan: {
    id: ["The plan's id, in lowercase with hyphens: it names the drafts' files.", "El id del plan, en minúsculas con guiones: da nombre a los borradores."],
    title: ["The plan's title, on the drafts' cover.", "El título del plan, en la portada."],
    network: ["The network that drafts the plan, under the title.", "La red que redacta el plan."],
    draft: ["The draft's number (1, 2, …).", "El número del borrador."],
    status: ["draft or final.", "draft (borrador) o final."],
    date: ["The draft's date, YYYY-MM-DD: the drafts are dated from it, never from the clock.", "La fecha del borrador, AAAA-MM-DD."],
    period: ["The years the plan covers: {start, end}.", "Los años que abarca el plan."],
    languages: ["The plan's languages, the primary first (en, es).", "Los idiomas del plan, el principal primero."],
    countries: ["The countries taking part, by ISO code: ALL in a matrix names every one. The RCM's eleven when left out.", "Los países participantes, por código ISO: ALL los nombra a todos."],
    organizations: ["The plan's own organisations, beside the built-in ones: {id, name}.", "Las organizaciones propias del plan: {id, name}."],
    "organizations.id": ["The id the matrices name it by (CSO-NET).", "El id con que la nombran las matrices."],
    "organizations.name": ["Its full name.", "Su nombre completo."],
    themes: ["The central themes, one chapter each, in their number's order.", "Los temas centrales, un capítulo cada uno."],
    "themes.id": ["The id a group's `theme` names it by.", "El id con que lo nombra el `theme` de un grupo."],
    "themes.number": ["Its number: 1 for the first chapter.", "Su número."],
    "themes.title": ["The theme's title.", "El título del tema."],
    "themes.summary": ["A paragraph under the chapter's heading.", "Un párrafo bajo el título del capítulo."],
    groups: ["Where the group files are: a pattern or a list of them (groups/*.{yaml,yml,md}).", "Dónde están los archivos de los grupos."],
    narrative: ["The narrative's files, in order: a path, or a path per language {en, es}.", "Los archivos de la narrativa, en orden."],
    indicators: ["A file of the plan's own compliance indicators, beside the built-in catalogue.", "Un archivo de indicadores propios del plan."],
    rules: ["Severities by diagnostic code, as in eslint: {missing-protocol: off, short-period: error}.", "La gravedad de cada código de diagnóstico."],
  },
};

/**
 * The defaults zod's JSON Schema leaves out where a transform is inside (a list that may be
 * written as one id, the groups' patterns), as the format documents them; an editor inserts a
 * default with its key. `countries`' default is the RCM's members, from the reference.
 */
const DEFAULTS: Readonly<Record<"plan" | "group", Readonly<Record<string, unknown>>>> = {
  group: { objectives: [], "objectives.actions": [], "objectives.actions.partners": [], "objectives.actions.protocol": [] },
  plan: { groups: DEFAULT_GROUP_PATTERN },
};

/** The lists of codes, where a schema can check what `plan validate`'s rules would: none twice; countries, at least one. */
const UNIQUE_LISTS: Readonly<Record<"plan" | "group", readonly string[]>> = { plan: ["languages", "countries"], group: [] };

/** `schema` with the meanings, completions and checks above. */
export function forEditors(schema: Node, kind: "plan" | "group", { reference, codes, isFixed }: EditorData): Node {
  const countries = [...reference.countries.keys()].sort();
  const organizations = [...reference.organizations.keys()].sort();
  const indicators = [...reference.indicators.keys()];
  const meanings = MEANINGS[kind];
  // Every node first, then each changed: a field's ids, once replaced, are not visited again.
  const nodes: [Node, string, boolean][] = [];
  visit(schema, "", true, (node, at, field) => nodes.push([node, at, field]));
  for (const [node, at, field] of nodes) {
    // On the field itself, not again on its alternatives or items: an editor shows each it matches.
    const meaning = field ? meanings[at] : undefined;
    if (meaning) {
      // A text's own note ("a plain string, or a map by language") after the field's meaning.
      const note = typeof node.description === "string" ? `\n\n${node.description}` : "";
      node.description = `${meaning[0]}\n\n${meaning[1]}${note}`;
    }
    if (isTimepoint(node)) {
      const [, written] = node.anyOf as [Node, Node];
      // 1800-Q4 is no timepoint, as 1800 is not: a year from YEARS.min to YEARS.max, written either way.
      written.pattern = TIMEPOINT_IN_YEARS_PATTERN.source;
      // On each alternative, as the editor says the message of the one that came closest.
      for (const branch of node.anyOf as Node[]) branch.errorMessage = `A year (2019) or a quarter (2019-Q3), from ${YEARS.min} to ${YEARS.max}.`;
    }
    if (node.type === "string" && node.pattern === COUNTRY_PATTERN.source) {
      delete node.pattern;
      node.enum = countries;
      node.errorMessage = "A country's ISO 3166 code, in capitals (MX, GT, SV).";
    }
    const key = at.slice(at.lastIndexOf(".") + 1);
    if (key === "lead" || key === "partners") eachId(node, () => oneOf([ALL_COUNTRIES, ...organizations, ...countries], countries));
    if (key === "protocol") eachId(node, () => oneOf(indicators));
    if (key === "organization") eachId(node, () => oneOf(organizations));
    if (at === "objectives.actions.lead") atLeastOne(node);
    // missing-lead is an error: the editor marks an action without one, as CI would.
    if (at === "objectives.actions" && !field) node.required = [...(node.required as string[]), "lead"];
    if (field && at in DEFAULTS[kind] && node.default === undefined) node.default = DEFAULTS[kind][at];
    if (kind === "plan" && field && at === "countries") node.default = reference.members;
    if (kind === "plan" && at === "rules") node.properties = ruleSettings(codes, isFixed);
    if (UNIQUE_LISTS[kind].includes(at) && node.type === "array") {
      node.uniqueItems = true;
      if (at === "countries") node.minItems = 1;
    }
  }
  return schema;
}

/**
 * A setting for each diagnostic code, to complete in `rules` with its title; one that stays an
 * error (isFixedCode) may only say so. A name that is no code is left to `plan validate`, which
 * warns of it (unknown-rule).
 */
function ruleSettings(codes: CodeTable, isFixed: (code: string) => boolean): Node {
  return Object.fromEntries(Object.entries(codes).map(([code, info]) => {
    const fixed = isFixed(code);
    const errorMessage = fixed ? `${code} stays an error: the drafts need what it reports fixed.` : "off, info, warning or error.";
    return [code, { type: "string", enum: fixed ? ["error"] : SEVERITY_SETTINGS, description: `${info.title} (${info.severity} unless set).`, errorMessage }];
  }));
}

/**
 * Calls `call` on every node with its keys from the top, through properties, list items and
 * alternatives; `field` says whether the node is a property's own, not an item or alternative of it.
 */
function visit(node: Node, at: string, field: boolean, call: (node: Node, at: string, field: boolean) => void): void {
  call(node, at, field);
  for (const [key, child] of Object.entries((node.properties as Record<string, Node> | undefined) ?? {})) visit(child, at === "" ? key : `${at}.${key}`, true, call);
  if (node.items && typeof node.items === "object") visit(node.items as Node, at, false, call);
  for (const branch of (node.anyOf as Node[] | undefined) ?? []) visit(branch, at, false, call);
}

/** Each id of a field that holds one id or a list of them, replaced by `make()`. */
function eachId(node: Node, make: () => Node): void {
  const isId = (candidate: Node) => candidate.type === "string" && candidate.pattern === ID_PATTERN.source;
  const replace = (target: Node) => {
    for (const key of Object.keys(target)) delete target[key];
    Object.assign(target, make());
  };
  if (isId(node)) replace(node);
  for (const branch of (node.anyOf as Node[] | undefined) ?? []) {
    if (isId(branch)) replace(branch);
    else if (branch.type === "array" && isId(branch.items as Node)) replace(branch.items as Node);
  }
}

/**
 * An id with `known` offered to complete (as examples: an editor reports a value outside an enum
 * with all 270 of them listed), any other id allowed, as a plan may add its own organisations and
 * indicators; but where `countries` are among them, two capitals must be one of them (XX is a
 * country's code mistyped, not an organisation). One pattern says both, so that the editor gives
 * its message (errorMessage) rather than "matches a schema that is not allowed".
 */
function oneOf(known: readonly string[], countries?: readonly string[]): Node {
  const id = ID_PATTERN.source.slice(1, -1);
  const pattern = countries ? `^(?:${countries.join("|")}|(?![A-Z]{2}$)${id})$` : ID_PATTERN.source;
  const errorMessage = countries ? "A country's ISO code (MX), ALL for every member country, or an organisation's id (IOM)." : "An id: unaccented letters, digits, '.', '_' and '-'.";
  return { type: "string", pattern, examples: known, errorMessage };
}

/** A timepoint's alternatives: a year as a number, or a year or quarter as a string. */
function isTimepoint(node: Node): boolean {
  const branches = (node.anyOf as Node[] | undefined) ?? [];
  return branches.length === 2 && branches[0]!.type === "integer" && branches[1]!.pattern === TIMEPOINT_PATTERN.source;
}

/** A lead of one id, or a list of at least one. */
function atLeastOne(node: Node): void {
  for (const branch of (node.anyOf as Node[] | undefined) ?? []) if (branch.type === "array") branch.minItems = 1;
}
