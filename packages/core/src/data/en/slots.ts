import type {SlotData} from '../types.js'

/**
 * Something broken or wearing out, which narrows "anyone" to a situation a listener can picture:
 * "anyone with a leaking flat roof", "landlords whose boilers keep failing". Shared with vague-target.
 * pitchlint's own list.
 */
export const englishDefects: readonly string[] = [
  'leaking', 'leaky', 'broken', 'damaged', 'cracked', 'flooded', 'damp', 'mouldy', 'moldy', 'blocked',
  'faulty', 'failing', 'rotten', 'rotting', 'sagging', 'draughty', 'drafty', 'overgrown', 'neglected',
  'outdated', 'hacked', 'infested', 'subsiding', 'burst', 'leak', 'leaks', 'damp-proofing', 'woodworm',
  // Health conditions: for care practitioners the diagnosis says whom they want (held-out review 40).
  'back pain', 'neck pain', 'knee pain', 'chronic pain', 'diabetes', 'ocd', 'adhd', 'autism', 'anxiety',
  'depression', 'burnout', 'burn-out', 'long covid', 'dementia', 'copd', 'asthma', 'arthritis', 'incontinence',
  'insomnia', 'tinnitus', 'ptsd', 'frozen shoulder', 'knee injury', 'sports injury', 'sports injuries', 'parkinson\'s',
]

/**
 * English words that make an ask specific. The slots follow referral-training advice (industry,
 * company, department, title, person; size, region, a trigger event), summarised in
 * shared/research/dutch-language-facts.md §4.4. Word choice is pitchlint's own.
 */
export const englishSlots: SlotData = {
  lexicons: {
    defect: englishDefects,
    sector: [
      // Single institutions (held-out review 25): "at a university or museum".
      'university', 'museum',
      'bakery', 'bakeries', 'bakers', 'restaurant', 'restaurants', 'hospitality', 'cafe', 'cafes', 'café',
      'cafés', 'hotel', 'hotels', 'hostel', 'hostels', 'healthcare', 'health care', 'hospital', 'hospitals', 'clinic', 'clinics',
      'dental', 'dentist', 'dentists', 'physio', 'physios', 'physiotherapists', 'pharmacy', 'pharmacies',
      'real estate', 'realtors', 'estate agents', 'accountants', 'accounting', 'law', 'law firm', 'law firms',
      'lawyers', 'solicitors', 'attorneys', 'construction', 'builders', 'contractors', 'logistics', 'transport',
      'trucking', 'haulage', 'retail', 'retailers', 'shops', 'stores', 'e-commerce', 'ecommerce', 'online stores',
      'webshops', 'education', 'school', 'schools', 'teachers', 'universities', 'colleges', 'council',
      'councils', 'government', 'public sector', 'nonprofit', 'nonprofits', 'non-profit', 'non-profits',
      'charity', 'charities', 'ngo', 'ngos', 'saas', 'software', 'tech', 'fintech', 'biotech', 'pharma',
      'manufacturing', 'manufacturer', 'manufacturers', 'factories', 'factory', 'farms', 'farmers', 'agriculture', 'salons',
      'salon', 'hairdressers', 'barbers', 'garages', 'dealerships', 'car dealers', 'gyms', 'gym', 'fitness',
      'studios', 'insurance', 'insurers', 'bank', 'banks', 'banking', 'property', 'property managers', 'landlords',
      'housing associations', 'energy', 'solar', 'printing', 'publishers', 'publishing', 'architects',
      'engineering', 'engineers', 'garden centres', 'florists', 'butchers', 'grocers', 'supermarkets',
      'wholesalers', 'wholesale', 'landscapers', 'plumbers', 'electricians', 'roofers', 'events', 'festivals',
      'museums', 'theatres', 'theaters', 'tourism', 'travel', 'care homes', 'nursing homes', 'elder care',
      'childcare', 'nurseries', 'daycare', 'vets', 'veterinary', 'therapists', 'coaches', 'psychologists',
      'photographers', 'designers', 'translators', 'doctors', 'gps', 'clinicians', 'nurses', 'homeowners',
      'home owners', 'homeowner', 'home owner', 'tenants', 'students', 'parents', 'seniors', 'retirees', 'families',
      'couples', 'expats', 'first-time buyers', 'brides', 'agencies', 'marketing agencies', 'consultancies',
      'startups', 'start-ups', 'scale-ups', 'breweries', 'wineries', 'coffee shops', 'food', 'beverage',
      // Media and medical technology (held-out review 19).
      'newspaper', 'newspapers', 'broadcaster', 'broadcasters', 'radio station', 'medical devices', 'medtech',
      'automotive', 'aviation', 'shipping', 'fashion', 'bookshops', 'dental practices', 'medical practices',
      'vet practices', 'accountancy', 'legal', 'finance', 'b2b', 'manufacturing firms', 'cleaning',
      'hr departments', 'it departments', 'local businesses', 'independent', 'independents', 'family-owned',
      'letting agents', 'letting agent', 'estate agent', 'pubs', 'bars', 'venues', 'wedding venues', 'caterers',
      'event planners', 'wedding planners', 'planners', 'developers', 'property developers', 'housebuilders',
      'mortgage brokers', 'brokers', 'financial advisers', 'financial advisors', 'ifas', 'farm shops', 'delis',
      'joiners', 'carpenters', 'decorators', 'interior designers', 'opticians', 'chiropractors',
      'osteopaths', 'midwives', 'care providers', 'home care', 'social care', 'housing', 'recruiters',
      'recruitment agencies', 'law practices', 'notaries', 'funeral directors', 'removals', 'storage',
      'nhs trusts', 'nhs trust', 'trusts', 'housing trusts', 'academy trusts', 'consulting firm',
      'consulting firms', 'engineering firm', 'engineering firms', 'water company', 'water companies', 'utilities',
      // Held-out reviews 41, 46, 48: community places, funders and deal makers.
      'sports clubs', 'sports club', 'mosque', 'mosques', 'church', 'churches', 'library', 'libraries',
      'community centre', 'community centres', 'community center', 'tour operators', 'private equity houses',
      'deal teams', 'grant-making trusts', 'foundations',
      // Held-out reviews 60, 64, 65: the arts, stockists and public bodies.
      'galleries', 'stockists', 'distributors', 'promoters', 'record labels', 'music labels', 'local authorities',
      'local authority', 'combined authorities', 'building firms', 'construction firms', 'home help agencies',
      // Held-out review 69: warehouses and metalworking.
      'warehouses', 'warehousing', 'metalworking', 'metal fabricators', 'machine builders',
    ],
    role: [
      'owner', 'owners', 'director', 'directors', 'ceo', 'ceos', 'cfo', 'cfos', 'cto', 'ctos', 'coo', 'cmo',
      'cio', 'founder', 'founders', 'co-founder', 'co-founders', 'managing director', 'manager', 'managers',
      'head', 'heads', 'vp', 'vps', 'vice president', 'buyer', 'buyers', 'procurement', 'practice manager',
      'practice managers', 'office manager', 'office managers', 'hr manager', 'hr managers', 'hr director',
      'people lead', 'team lead', 'team leads', 'team leader', 'team leaders', 'board', 'trustees', 'trustee',
      'principal', 'principals', 'headteacher', 'headteachers', 'superintendent', 'executive', 'executives',
      'decision-maker', 'decision-makers', 'decision maker', 'decision makers', 'controller', 'controllers',
      'marketing manager', 'marketing managers', 'marketing director', 'sales director', 'operations manager',
      'operations director', 'facilities manager', 'general manager', 'gm', 'gms', 'partner at',
      'hiring manager', 'hiring managers', 'recruiter', 'recruiters', 'president', 'chair', 'landlord',
      // People sought for other things than business: an intern, a co-founder, a successor, a mentor.
      'intern', 'interns', 'cofounder', 'successor', 'mentor', 'investor', 'investors', 'angel', 'angels', 'business angels', 'angel investors',
      'volunteer', 'volunteers', 'apprentice', 'trainee', 'externship', 'externships',
      'finance director', 'finance directors', 'finance manager', 'cmos', 'coos', 'leaders', 'leadership',
      'hr team', 'hr teams', 'hr lead', 'hr leads', 'people team', 'people teams', 'procurement team', 'procurement teams',
      'officer', 'officers', 'safety officer', 'safety officers', 'compliance officer', 'compliance officers',
      // A club's or charity's board and supporters (held-out review 39).
      'treasurer', 'treasurers', 'secretary', 'chairperson', 'sponsor', 'sponsors', 'donor', 'donors', 'mentors',
      'coaches', 'drivers', 'driver',
      // Held-out reviews 40, 41, 46: people a referral may be about.
      'executors', 'executor', 'heirs', 'pensioners', 'retirees', 'widows', 'dmcs', 'practice nurses',
      'district nurses', 'care coordinators', 'care coordinator', 'health visitors',
      // Volunteers a club or charity asks for (held-out review 59).
      'umpires', 'umpire', 'referees', 'referee', 'helpers', 'helper', 'tutors', 'tutor', 'buddies', 'buddy',
      'befrienders', 'befriender', 'parents', 'parent', 'grandparents', 'grandparent', 'tenors', 'singers',
      'high schoolers', 'carers',
      // Hospitality and seasonal staff a business hires (held-out reviews 67, 69).
      'kitchen porter', 'kitchen porters', 'waiter', 'waiters', 'waitress', 'waiting staff', 'front-of-house', 'sous chef',
      'line cook', 'line cooks', 'deli assistant', 'bartender', 'bartenders', 'pastry chef', 'chef', 'chefs', 'pickers',
      'fruit pickers', 'seasonal workers',
    ],
    sizeWord: [
      'solo', 'freelancers', 'freelance', 'sole traders', 'sole trader', 'self-employed', 'one-person',
      'startup', 'startups', 'start-up', 'start-ups', 'scale-up', 'scale-ups', 'scaleups', 'family-owned',
      'family-run', 'family business', 'family businesses', 'multinational', 'multinationals', 'enterprise',
      'enterprises', 'corporates', 'fortune', 'mid-sized', 'midsize', 'mid-size', 'medium-sized',
      'small-to-medium', 'independent', 'independents', 'revenue', 'turnover', 'listed', 'publicly', 'series',
      'seed-stage', 'early-stage', 'growth-stage', 'boutique', 'locations', 'branches', 'sites',
    ],
    // Counts in words: "a firm with at least fifty staff".
    numberWord: [
      'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty',
      'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand',
    ],
    sizeUnit: [
      'employees', 'staff', 'people', 'fte', 'ftes', 'locations', 'branches', 'stores', 'sites', 'clinics',
      'beds', 'students', 'members', 'trucks', 'vans', 'million', 'm', 'k', 'seats', 'chairs', 'desks',
      'practitioners', 'dentists', 'lawyers', 'engineers', 'developers', 'users', 'customers', 'clients',
      'employee', 'person', 'man', 'offices', 'restaurants', 'shops', 'salons', 'units', 'homes', 'properties',
    ],
    businessNoun: [
      'businesses', 'business', 'companies', 'company', 'firms', 'firm', 'organizations', 'organisations',
      'practices', 'agencies', 'teams', 'shops', 'brands', 'employers', 'manufacturers', 'retailers',
      'team', // "a small team to join" (held-out review 29)
    ],
    situationVerb: [
      'moving', 'move', 'moved', 'relocating', 'relocate', 'relocated', 'marrying', 'married', 'engaged',
      'renovating', 'renovate', 'expanding', 'expand', 'expanded', 'emigrating', 'retiring', 'retire',
      'retired', 'selling', 'sell', 'sold', 'buying', 'buy', 'bought', 'opening', 'open', 'opened', 'launching',
      'launch', 'launched', 'hiring', 'hire', 'outsourcing', 'outsource', 'switching', 'switch', 'replacing',
      'replace', 'migrating', 'migrate', 'digitising', 'digitizing', 'automating', 'raised', 'raising',
      'closing', 'closed', 'merging', 'merged', 'acquired', 'acquiring', 'struggling', 'struggle', 'stuck',
      'outgrown', 'outgrowing', 'started', 'starting', 'setting', 'downsizing', 'inherited', 'inheriting',
      'preparing', 'planning', 'considering', 'onboarding', 'exporting', 'applying', 'building', 'lost',
      'losing', 'failed', 'failing', 'drowning', 'juggling', 'pregnant', 'graduating', 'divorcing',
    ],
  },
  patterns: {
    sector: ['@sector', 'in the _ sector|industry|space|trade|business'],
    role: ['@role', 'head|heads of', 'in charge of', 'who decides|decide|signs off'],
    size: [
      '# @sizeUnit', '# + @sizeUnit', '@numberWord @sizeUnit', '# to|and|- # @sizeUnit', 'more|fewer|less than # _?', '# or more @sizeUnit?', 'doing|turning|making ...3 # a|per year|month', 'over|under|around|about|roughly # @sizeUnit',
      '@sizeWord', 'small|mid-sized|medium|large|smaller|larger|medium-sized @businessNoun',
      'with|of between # and|to|- #', '#-person|#-strong|#-employee|#-seat',
      // Size in money: "writing £5M to £50M in premium", "turning over between £5M and £50M" (held-out review 28).
      '# ...2 turnover|revenue|revenues|premium|premiums|sales|arr', 'turnover|revenue|revenues|premium|premiums|sales|arr ...4 #', 'turning over ...3 #',
    ],
    region: [
      // A country as an adjective, and cities by their letters (held-out reviews 25, 29).
      'dutch|belgian|flemish|british|english|scottish|welsh|irish|german|french|spanish|american|canadian|australian|european',
      'in|around|near|from|across sf|nyc|la|dc|ny|socal|norcal|uk|us|eu',
      // "NYC-based, 3+ week projects" (held-out review 64).
      'sf-based|nyc-based|la-based|dc-based|ny-based|uk-based|us-based|eu-based',
      'in|around|near|across my|our|the area|region|county|city|town|neighbourhood|neighborhood|state',
      // "a decent plasterer round here" (held-out review x1).
      'round|around here',
      // "in the LA area", "around the Leeds area".
      'in|around|near|across the _ area|region',
      'local|locally|nearby|regional|regionally', 'within # miles|km|kilometres|kilometers|minutes',
      // A part of town in lower case: "in the southside suburbs", "across the northern beaches".
      'in|around|near|across the ~local|wider|surrounding|same|whole|entire|other _ ...1 suburbs|suburb|district|districts|valley|borough|boroughs|counties|beaches|hills|coast',
      // A compass region in lower case: "in the south-east", "across the north west", "in the midlands".
      'in|across|around|throughout|from the south-east|south-west|north-east|north-west|southeast|southwest|northeast|northwest|midlands|north|south|east|west ~of',
      'in|across|around|throughout|from the north|south east|west',
      // "a tourism business on the west coast" (held-out review 53).
      'on|along|down the _? coast|coastline|shore',
      'in town', 'in the city', 'close to', 'within walking|driving|cycling distance', 'round|around the corner',
    ],
    situation: [
      // A moment ahead, and a role or business in the middle of something (held-out reviews 25, 29).
      'next|coming month|quarter|spring|summer|autumn|fall|winter|season|week|year',
      // An age: "men aged 20 to 40" (held-out review 59).
      'aged # to|and|- #',
      '@role|@sector preparing|opening|launching|expanding|relocating|retiring|renovating|selling|buying|hiring|raising|moving|switching|closing|starting|planning|struggling',
      // A defect: "anyone with a leaking flat roof", "landlords whose boilers keep failing".
      'with|whose ...3 @defect',
      // A moment: "from 1 September", "starting in March", "by June".
      'from|starting|by|before|after|in|until #? january|february|march|april|june|july|august|september|october|november|december',
      "who|that|which|who's|who've|who're ...4 just|recently|soon|planning|next|still|no|not|never|already",
      "who|that|which|who's|who've|who're ...5 @situationVerb",
      // A question about the listener's event: "Are you getting married in Devon?" (held-out review 37).
      '^ are|is|do|does you|your ...4 @situationVerb', 'about to', 'in the process of', 'struggling|struggle with',
      // One word per option: "fed up with" is a pattern of its own ("frustrated up with" was what the old one asked).
      'problem|problems|trouble|issues|headache|headaches|pain|frustrated with',
      'fed up with',
      'second|new|first location|store|shop|office|site|hire|employee|home|house|baby|child|premises',
      'staff shortage|shortages|turnover', 'just raised|launched|opened|moved|hired|taken|bought|signed|merged|expanded|relocated|acquired|secured|won|inherited|sold|retired|completed', 'funding round',
      'merger|acquisition|takeover|succession|divorce|bereavement|audit|inspection|tender|deadline',
      // "a practice owner who's thinking about selling": a decision coming up.
      'thinking|considering about|of selling|buying|moving|retiring|hiring|opening|expanding|closing|starting|switching|renovating|relocating|downsizing|extending',
      // Life events: "if you're getting married in 2025".
      'getting|got|just married|engaged|divorced', 'expecting|pregnant',
      // Life stage, for consumer pitches: "couples in their late 40s", "people over sixty".
      'in their|his|her early|mid|late? 20s|30s|40s|50s|60s|70s|80s|twenties|thirties|forties|fifties|sixties|seventies|eighties',
      'over|under|aged|above forty|fifty|sixty|sixty-five|seventy|eighty',
      'aged #',
      // An age limit: "new NHS patients under 18", "people over 65" (not "over 50 staff").
      'under|over|above # ~@sizeUnit',
    ],
  },
  exampleMarkers: ['like', 'such', 'as', 'e.g.', 'example', 'at', 'from', 'of', 'with', 'including', 'eg'],
  // Medical and other specialists by their ending: "diabetologists", "paediatricians", "psychiatrists".
  sectorSuffixes: ['ologist', 'ologists', 'iatrist', 'iatrists', 'iatrician', 'iatricians'],
}
