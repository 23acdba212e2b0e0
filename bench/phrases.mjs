// Bilingual phrase banks for the synthetic benchmark plans. Each entry is [English, Spanish].
// Titles are built from a verb, an object and a place, so that 10,000 actions read like a real
// matrix without the duplicate detector seeing thousands of near-identical pairs.

export const VERBS = [
  ["Strengthen", "Fortalecer"],
  ["Establish", "Establecer"],
  ["Standardise", "Estandarizar"],
  ["Train staff on", "Capacitar al personal en"],
  ["Map", "Mapear"],
  ["Evaluate", "Evaluar"],
  ["Publish guidance on", "Publicar orientaciones sobre"],
  ["Pilot", "Poner a prueba"],
  ["Coordinate", "Coordinar"],
  ["Fund", "Financiar"],
  ["Digitise", "Digitalizar"],
  ["Review", "Revisar"],
  ["Extend", "Ampliar"],
  ["Monitor", "Dar seguimiento a"],
  ["Harmonise", "Armonizar"],
  ["Promote", "Promover"],
  ["Design", "Diseñar"],
  ["Audit", "Auditar"],
  ["Document", "Documentar"],
  ["Sustain", "Sostener"],
];

export const OBJECTS = [
  ["the exchange of information on smuggling routes", "el intercambio de información sobre rutas de tráfico"],
  ["joint investigation teams", "los equipos conjuntos de investigación"],
  ["financial investigations of smuggling networks", "las investigaciones financieras de las redes de tráfico"],
  ["the screening of migrants at entry points", "la identificación de personas migrantes en los puntos de entrada"],
  ["alternatives to administrative detention", "las alternativas a la detención administrativa"],
  ["shelters for unaccompanied children", "los albergues para niñas, niños y adolescentes no acompañados"],
  ["assisted voluntary return", "el retorno voluntario asistido"],
  ["humanitarian visas", "las visas humanitarias"],
  ["prevention campaigns in communities of origin", "las campañas de prevención en comunidades de origen"],
  ["protocols for victims of related crimes", "los protocolos para víctimas de delitos conexos"],
  ["case management of prosecutions", "la gestión de casos de persecución penal"],
  ["regional statistics on migrant smuggling", "las estadísticas regionales sobre tráfico ilícito de migrantes"],
  ["border liaison offices", "las oficinas de enlace fronterizo"],
  ["cooperation with transport companies", "la cooperación con empresas de transporte"],
  ["the seizure of criminal assets", "el decomiso de bienes de origen delictivo"],
  ["consular assistance to stranded migrants", "la asistencia consular a personas migrantes varadas"],
  ["referral mechanisms for asylum seekers", "los mecanismos de derivación de solicitantes de asilo"],
  ["document fraud detection", "la detección de fraude documental"],
  ["maritime interdiction procedures", "los procedimientos de interdicción marítima"],
  ["the protection of witnesses", "la protección de testigos"],
  ["psychosocial care for rescued migrants", "la atención psicosocial a personas migrantes rescatadas"],
  ["online recruitment by smugglers", "el reclutamiento en línea por parte de traficantes"],
  ["labour migration pathways", "las vías de migración laboral"],
  ["the registration of extra-regional migrants", "el registro de personas migrantes extrarregionales"],
  ["judicial cooperation requests", "las solicitudes de cooperación judicial"],
];

/** Country names for places; the Spanish side keeps its accents on purpose. */
export const COUNTRY_NAMES = {
  BZ: ["Belize", "Belice"], CA: ["Canada", "Canadá"], CR: ["Costa Rica", "Costa Rica"],
  DO: ["the Dominican Republic", "República Dominicana"], SV: ["El Salvador", "El Salvador"],
  GT: ["Guatemala", "Guatemala"], HN: ["Honduras", "Honduras"], MX: ["Mexico", "México"],
  NI: ["Nicaragua", "Nicaragua"], PA: ["Panama", "Panamá"], US: ["the United States", "Estados Unidos"],
};

export const PLACES = [
  [(a, b) => `at the border between ${a[0]} and ${b[0]}`, (a, b) => `en la frontera entre ${a[1]} y ${b[1]}`],
  [(a, b) => `along the route from ${a[0]} to ${b[0]}`, (a, b) => `a lo largo de la ruta de ${a[1]} hacia ${b[1]}`],
  [(a) => `in the capital of ${a[0]}`, (a) => `en la capital de ${a[1]}`],
  [(a) => `at the airports of ${a[0]}`, (a) => `en los aeropuertos de ${a[1]}`],
  [(a) => `on the coasts of ${a[0]}`, (a) => `en las costas de ${a[1]}`],
];

export const POPULATIONS = [
  ["for unaccompanied children", "para niñas, niños y adolescentes no acompañados"],
  ["for women travelling alone", "para mujeres que viajan solas"],
  ["for extra-regional migrants", "para personas migrantes extrarregionales"],
  ["for returned nationals", "para personas nacionales retornadas"],
  ["for indigenous communities", "para comunidades indígenas"],
  ["for seasonal farm workers", "para trabajadores agrícolas temporales"],
  ["for families in transit", "para familias en tránsito"],
  ["for survivors of kidnapping", "para sobrevivientes de secuestro"],
  ["for stranded Haitian migrants", "para personas migrantes haitianas varadas"],
  ["for people with disabilities", "para personas con discapacidad"],
  ["for lorry drivers", "para conductores de camiones"],
  ["for fishing crews", "para tripulaciones pesqueras"],
];

export const AGENCIES = [
  ["The migration authority", "La autoridad migratoria"],
  ["The public prosecutor's office", "La fiscalía"],
  ["The national police", "La policía nacional"],
  ["The child protection agency", "La institución de protección de la niñez"],
  ["The foreign ministry", "La cancillería"],
  ["The national coalition against trafficking", "La coalición nacional contra la trata"],
];

export const ACTIVITIES = [
  ["meets every quarter with its counterparts and keeps a shared register", "se reúne cada trimestre con sus contrapartes y mantiene un registro común"],
  ["drafts a procedure, tests it for six months and adjusts it", "redacta un procedimiento, lo prueba durante seis meses y lo ajusta"],
  ["names a focal point and trains a first team of ten officers", "designa un punto focal y capacita a un primer equipo de diez funcionarios"],
  ["collects data with the common template and reports once a year", "recopila datos con la plantilla común e informa una vez al año"],
  ["works with civil society organisations that already reach migrants", "trabaja con organizaciones de la sociedad civil que ya llegan a las personas migrantes"],
  ["requests technical assistance and shares the results with the Network", "solicita asistencia técnica y comparte los resultados con la Red"],
  ["hires two specialists and buys the equipment they need", "contrata a dos especialistas y adquiere el equipo que necesitan"],
  ["signs a memorandum of understanding with its neighbours", "firma un memorando de entendimiento con sus vecinos"],
  ["runs a pilot in three border municipalities", "ejecuta un piloto en tres municipios fronterizos"],
  ["publishes a yearly public report in plain language", "publica un informe anual en lenguaje sencillo"],
  ["updates its internal regulations and budget lines", "actualiza su reglamento interno y sus partidas presupuestarias"],
  ["holds hearings with survivors and their lawyers", "celebra audiencias con sobrevivientes y sus abogados"],
];

export const SOURCES = [
  ["the 2017 San José workshop", "el taller de San José de 2017"],
  ["the regional guidelines adopted by the RCM", "los lineamientos regionales adoptados por la CRM"],
  ["earlier bilateral agreements", "acuerdos bilaterales anteriores"],
  ["the Protocol against the Smuggling of Migrants", "el Protocolo contra el Tráfico Ilícito de Migrantes"],
];

export const UNITS = [
  ["officials trained", "funcionarios capacitados"],
  ["cases referred", "casos derivados"],
  ["countries taking part", "países participantes"],
  ["procedures adopted", "procedimientos adoptados"],
  ["joint operations carried out", "operaciones conjuntas realizadas"],
  ["migrants assisted", "personas migrantes asistidas"],
];

export const VERIFICATION = [
  ["Annual report of the Network", "Informe anual de la Red"],
  ["Official notes to the Technical Secretariat", "Notas oficiales a la Secretaría Técnica"],
  ["Training attendance lists", "Listas de asistencia a las capacitaciones"],
  ["National statistics published online", "Estadísticas nacionales publicadas en línea"],
];

export const PEOPLE = ["Ana María Núñez", "José Peña Ibáñez", "María José Quiñónez", "Óscar Martínez", "Lucía Fernández", "Iñaki Gómez", "Begoña Sáenz", "Raúl Álvarez"];

export const THEMES = [
  ["intelligence", "Intelligence and investigation", "Inteligencia e investigación"],
  ["field-operations", "Field operations", "Operaciones de campo"],
  ["detention-alternatives", "Detention and its alternatives", "Detención y alternativas"],
  ["migration-solutions", "Migration solutions", "Soluciones migratorias"],
  ["prevention-assistance", "Prevention and assistance", "Prevención y asistencia"],
  ["border-management", "Border management", "Gestión de fronteras"],
  ["judicial-cooperation", "Judicial cooperation", "Cooperación judicial"],
  ["data-and-evidence", "Data and evidence", "Datos y evidencia"],
  ["children-and-families", "Children and families", "Niñez y familias"],
  ["communication", "Communication and awareness", "Comunicación y sensibilización"],
];
