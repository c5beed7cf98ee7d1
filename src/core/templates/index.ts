/** The template catalogue and insertion planning (issue 5): what the add-in and the command line call. */
export { BUILTIN_CATALOGUE, BUILTIN_TEMPLATE_INPUTS, defaultGoal, findTemplate } from "./catalogue";
export {
  COMPARATOR_CHOICES,
  dropdownsFor,
  dropdownTarget,
  level2Choices,
  type DropdownTarget,
} from "./dropdowns";
export {
  inlineListSource,
  INLINE_LIST_LIMIT,
  LIST_SHEET,
  ListColumns,
  listKey,
  type ListColumn,
} from "./list-sheet";
export {
  placeRow,
  resolveProfile,
  templateRows,
  type PlacedRow,
  type Placement,
  type ProfileRef,
} from "./placement";
export {
  GOAL_LABEL,
  HEADER_TEXT,
  LAYOUT_COLUMNS,
  missingRows,
  newTableHeight,
  nextTableNumber,
  planAddMissingRows,
  planAddRow,
  planNewTable,
  anchorForNewTable,
  insertionSplit,
  InsertionRefused,
  rowCells,
  tableTitle,
  type AddRowsOptions,
  type GroupRef,
  type NewTableOptions,
} from "./plan";
export { markedSection, renderCatalogueTable, replaceMarkedSection } from "./readme-table";
export {
  CatalogueSchema,
  nameKey,
  normaliseRowInput,
  TemplateRowSchema,
  TemplateSchema,
  type Catalogue,
  type Template,
  type TemplateInput,
  type TemplateRow,
  type TemplateSource,
} from "./schema";
export {
  findCatalogueSheet,
  mergeCatalogues,
  problemText,
  readCatalogueJson,
  readCatalogueSheet,
  findLibrarySheet,
  readLibrarySheet,
  USER_CATALOGUE_SHEET,
  USER_LIBRARY_SHEET,
  type CatalogueProblem,
  type CatalogueProblemCode,
  type UserCatalogueResult,
} from "./user-catalogue";
