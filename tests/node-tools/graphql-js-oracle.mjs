// The reference side of the differential conformance tests: reads a JSON array of cases
// ({ name, sdl, query, variables, operationName, rootValue, introspection }) from stdin and
// writes, for each case in order, what graphql-js 17.1 answers (the reference implementation of
// the September 2025 edition; installed as the npm alias "graphql17", since the protocol tools
// beside it keep graphql 16 as their peer):
//   { syntaxErrors } when the document does not parse,
//   { validationErrors } when it parses but fails the specified rules (or always, when the
//   case says validateOnly),
//   { executionResult } otherwise (the default field resolver reads the rootValue JSON),
//   plus { introspection, printedSchema } (the full introspection query's result and printSchema)
//   when the case asks for them,
//   or { schemaError } when graphql-js refuses the SDL.
// One process answers every case, so the .NET side pays node's start-up once.
import {
  buildSchema,
  defaultFieldResolver,
  execute,
  getIntrospectionQuery,
  graphqlSync,
  parse,
  printSchema,
  specifiedRules,
  validate,
  validateSchema,
} from 'graphql17';

const introspectionQuery = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

// The resolvers both engines share (see ResolverConventions.cs): `echo…` fields return their
// argument `value` (or all their arguments when they have no `value`), `fail…` fields throw.
function fieldResolver(source, args, context, info) {
  const name = info.fieldName;
  if (name.startsWith('echo')) {
    const field = info.parentType.getFields()[name];
    return field.args.some((a) => a.name === 'value') ? args.value : args;
  }
  if (name.startsWith('fail')) {
    throw new Error(`${info.parentType.name}.${name} failed.`);
  }
  return defaultFieldResolver(source, args, context, info);
}

const schemas = new Map();

function schemaFor(sdl) {
  if (!schemas.has(sdl)) {
    try {
      const schema = buildSchema(sdl);
      const problems = validateSchema(schema);
      schemas.set(sdl, problems.length ? { error: problems.map((e) => e.message) } : { schema });
    } catch (e) {
      // buildSchema reports every SDL error in one message, separated by blank lines.
      schemas.set(sdl, { error: String(e.message).split('\n\n') });
    }
  }
  return schemas.get(sdl);
}

function plainError(error) {
  const out = { message: error.message };
  if (error.locations) out.locations = error.locations.map(({ line, column }) => ({ line, column }));
  if (error.path) out.path = error.path;
  return out;
}

function plainResult(result) {
  const out = {};
  if (result.errors) out.errors = result.errors.map(plainError);
  if ('data' in result) out.data = result.data;
  return out;
}

async function answer(c) {
  const built = schemaFor(c.sdl);
  if (built.error) return { schemaError: built.error };
  const { schema } = built;
  const result = {};

  if (c.introspection) {
    result.introspection = plainResult(graphqlSync({ schema, source: introspectionQuery }));
    if (c.printedSchema !== false) result.printedSchema = printSchema(schema).split('\n');
  }
  if (c.query == null) return result;

  let document;
  try {
    document = parse(c.query);
  } catch (e) {
    result.syntaxErrors = [plainError(e)];
    return result;
  }

  const validationErrors = validate(schema, document, specifiedRules);
  if (validationErrors.length || c.validateOnly) {
    result.validationErrors = validationErrors.map(plainError);
    return result;
  }

  const executed = await execute({
    schema,
    document,
    rootValue: c.rootValue ?? {},
    variableValues: c.variables ?? undefined,
    operationName: c.operationName ?? undefined,
    fieldResolver,
  });
  result.executionResult = plainResult(executed);
  return result;
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const answers = [];
for (const c of cases) {
  try {
    answers.push(await answer(c));
  } catch (e) {
    answers.push({ oracleError: String(e && e.stack ? e.stack : e) });
  }
}
process.stdout.write(JSON.stringify(answers));
