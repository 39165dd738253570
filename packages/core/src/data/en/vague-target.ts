import type {VagueTargetData} from '../types.js'
import {englishDefects} from './slots.js'

/**
 * English phrases that name everyone as the target audience. Referral trainers warn against
 * "somebody, anybody, someone" and "everyone" (shared/research/dutch-language-facts.md §4.4).
 * Patterns are pitchlint's own; `< >` marks the span.
 */
export const englishVagueTarget: VagueTargetData = {
  lexicons: {
    defect: englishDefects,
    everyone: ['everyone', 'everybody', 'anyone', 'anybody', 'whoever', "everyone's", "anyone's", "everybody's"],
    all: ['any', 'every', 'all'],
    targetNoun: [
      'business', 'businesses', 'company', 'companies', 'organization', 'organizations', 'organisation',
      'organisations', 'entrepreneur', 'entrepreneurs', 'person', 'people', 'brand', 'brands', 'industry',
      'industries', 'sector', 'sectors', 'business owner', 'business owners', 'small business',
      'small businesses', 'startup', 'startups', 'firm', 'firms', 'professional', 'professionals', 'team',
      'teams',
    ],
    need: [
      'needs', 'need', 'needing', 'wants', 'want', 'wanting', 'looking', 'wishes', 'wish', 'requires',
      'require', 'thinking', 'considering',
    ],
    targetVerb: [
      'for', 'help', 'helps', 'helping', 'serve', 'serves', 'serving', 'support', 'supports', 'supporting',
      'with', 'target', 'targets', 'targeting', 'coach', 'coaches', 'train', 'trains', 'advise', 'advises',
      'suits', 'suit', 'fits', 'fit', 'ideal', 'perfect',
    ],
    sought: ['clients', 'customers', 'leads', 'work', 'business', 'referrals', 'projects', 'client', 'customer', 'gigs'],
  },
  patterns: [
    '< @everyone ...5 potential|possible|prospective|future customer|client|customers|clients|buyer|buyers >',
    '< @everyone is|could|can|would ...3 customer|client|customers|clients|market|audience >',
    '< my|our target|client|customer? audience|market|base|clientele is ...2 everyone|anyone|broad|wide|huge|diverse|very >',
    "< @everyone who|that|with|who's ...4 @need _? _? >",
    // A taste names everyone: "Anyone who loves good food should come find us!" (held-out review 67).
    '< @everyone who|that loves|love|likes|like|enjoys|enjoy the|a|an|their|good|great|fresh|real|proper? good|great|fresh|real|proper|local? _ >',
    // "Anyone who is stuck can come to me": everyone with any problem at all.
    "< @everyone who|that|with|who's ...6 > can|could ...2 come|turn|call|contact|reach|talk ...2 me|us",
    'if|when < @everyone needs|wants|requires ...4 >',
    '@targetVerb ...3 < @everyone >',
    '@targetVerb ...3 < @all @targetNoun >',
    // A kind of client, not a kind of garden: "for every kind of business", not "fencing for every kind of garden" (held-out review 60).
    '@targetVerb ...3 < @all kind|kinds|type|types|size|sizes|sort|sorts of @targetNoun|client|clients|customer|customers|role|roles|need|needs|job|jobs|project|projects >',
    '< @all @targetNoun that|who|which ...4 @need _? _? >',
    '< businesses|companies|organizations|organisations|clients|customers|brands|teams of all sizes|types|kinds|shapes|stripes|industries >',
    '< all kinds|types|sorts of businesses|companies|people|clients|customers|organizations|organisations|industries|sectors|brands|firms >',
    "< whatever your situation|needs|need|budget|industry|sector|business >",
    // "Whatever your legal needs", "Every brand has a story worth telling" (held-out review 57).
    "< whatever your _ needs|need|requirements|challenge|challenges|situation >",
    '< every|each @targetNoun > has a story',
    // "businesses that want to make a difference" (held-out review 59).
    '< businesses|companies|organisations|organizations|partners|people|brands|founders that|who ...2 want|wants to make a difference >',
    // "Whether you're a startup or a Fortune 500 company": a range that covers everyone.
    "< whether you're ...3 startup|start-up|solopreneur|freelancer|small|individual|sole ...3 or ...3 large|big|fortune|multinational|corporate|corporation|enterprise|global|established #? _? >",
    '< whether you are ...3 startup|start-up|solopreneur|freelancer|small|individual|sole ...3 or ...3 large|big|fortune|multinational|corporate|corporation|enterprise|global|established #? _? >',
    '< no matter what|the|which|your industry|sector|size|business >',
    '< regardless of industry|sector|size >',
    '< in any|every industry|sector|niche >',
    '< from startups|start-ups|freelancers|solopreneurs|individuals|sole|small|owner-managed ...2 to ...2 enterprises|enterprise|corporates|multinationals|fortune|corporations|mncs|multinational|corporate|ceo|ceos|directors|executives|plcs|plc #? >',
    '< big|large|small or|and small|large|big >',
    '< young and old >',
    // "I think pretty much anyone could benefit from what we do."
    'pretty much < @everyone >',
    'just about < @everyone >',
    '< @everyone could|can|would|will benefit >',
    // "No job too big or too small!": every job at all.
    '< no job|project|task|order|jobs|projects|tasks is? too big|small|large|little or? too? small|big|large|little? >',
    '@self ...3 looking|searching for new|more|some? < @sought > $|and|so|to|because|really|now|please|this|today',
    '@self ...3 seeking new|more|some? < @sought > $|and|so|to|because|really|now|please|this|today',
    // Held-out reviews 50, 53, 54: a need for anything, any firm that needs the speaker, anyone ready for
    // anything, and not minding the industry. ("Everyone is welcome" was tried and dropped: churches, food
    // banks and restaurants say it of their doors, not of their clients.)
    '< @everyone who|that could|can|might|would use _ ...3 >',
    '< someone|somebody|anyone|anybody|people|companies|businesses|firms|organisations|organizations who|that need|needs a|an|some|new _ _? > $',
    "< @everyone who|that|who's ...7 > can|could|will|would benefit",
    "< the|my? industry|sector|niche|size|location doesn't|don't matter >",
    '< the|my? industry|sector|niche|size|location does not matter >',
    '< from first-time buyers|sellers ...3 to ...3 >',
    // "We work with businesses that want to grow": any business at all, with a cliché attached.
    '< businesses|companies|organisations|organizations|entrepreneurs|brands|startups|founders|people that|who ...2 want|wants|dare|dares ...2 to? grow|scale|innovate|change|thrive|transform > $',
    // "Anyone looking to take their business to the next level".
    '< @everyone|businesses|companies|entrepreneurs|brands looking|wanting|ready|hoping|keen to take ...4 next level >',
    // "We help businesses looking to grow": the same cliché in the -ing form.
    '< businesses|companies|organisations|organizations|entrepreneurs|brands|startups|people looking|wanting|hoping|aiming|eager|keen|ready to grow|scale|innovate|thrive|transform > $',
    // "If you know any business looking to grow": the same cliché for any one business.
    '< any|every business|company|organisation|organization|entrepreneur|brand|startup|firm looking|wanting|hoping|aiming|eager|keen|ready to grow|scale|innovate|thrive|transform >',
    // "Every business deserves a great website": a claim that every business is a customer.
    '^ < every|any @targetNoun > deserves|needs',
    // "We believe every business deserves a world-class website" (held-out review 54).
    '< every @targetNoun > deserves|needs',
  ],
  exceptions: [
    // Held-out reviews 60, 65: a menu with something for everyone, walk-ins, public services that work for everyone.
    'something for @everyone',
    '@everyone ...3 ,? even|also? without an? appointment|booking',
    'work|works|working|fair|fairer better? for @everyone',
    // A defect narrows "anyone" to a situation: "anyone with a leaking flat roof", "anyone whose boiler is failing".
    '@everyone|@all @targetNoun? with|whose ...3 @defect',
    '@everyone|@all @targetNoun? who|that has|have|had ...3 @defect',
    // A sector narrows "anyone": "anyone working in retail", "anyone who works on retail clients" (held-out review 29).
    '@everyone who|that? work|works|working|employed in|on|at|for ~any|every|all|a|an|the|my|our|your|this|that',
    // An ongoing project narrows "anyone" too: "anyone building or renovating in the Hills" (held-out review 31).
    '@everyone who|that? is|are? building|renovating|moving|relocating|opening|selling|buying|expanding|retiring|extending|converting',
    '@everyone|@all ...2 in|on|at|of|from our|my|the team|company|office|firm|practice|network|group|room',
    '@everyone|@all ...3 who|that ...2 i|we|worked|already',
    '@everyone|@all ...3 who|that has|have worked',
    // An experience narrows "anyone" to a situation: "anyone who has made the same jump from teaching".
    "@everyone|@all ...3 who|that has|have|had just|recently|already|also? made|done|been|gone|moved|started|left|lost|switched|changed|retired|sold|bought|built|launched|opened|closed|inherited|become|raised|survived|completed|finished|faced|founded|quit|relocated|returned",
    "@everyone|@all ...3 who's|who've just|recently|already|also? made|done|been|gone|moved|started|left|lost|switched|changed|retired|sold|bought|built|launched|opened|closed|inherited|become|raised|survived|completed|finished|faced|founded|quit|relocated|returned",
    // A life event or a recent one narrows "anyone" too: "anyone who's recently divorced", "anyone who was
    // turned down by their bank" (held-out review 52).
    "@everyone|@all @targetNoun? who|that|who's|who've ...2 recently|newly",
    "@everyone|@all @targetNoun? who|that|who's ...2 divorced|married|engaged|widowed|bereaved|redundant|laid|fired|rejected|refused|turned|evicted|retired|pregnant|diagnosed|injured|burgled|separated|expecting",
    // A place where everyone belongs, and a free offer to whoever asks: "workplaces where everyone can
    // thrive", "I'm happy to share our report with anyone who asks", "free for anyone to download" (reviews 50, 51).
    'where|wherein @everyone',
    '@everyone who|that asks|ask|asked|requests|request',
    '@everyone who|that wants|want it|one|them',
    '@everyone who|that wants|want a copy',
    // A community's open door: "for anyone who wants to join us", "our pantry is for anyone who needs it" (held-out review 59).
    '@everyone who|that needs|need it|one|them',
    '@everyone who|that wants|want to join|come ~in',
    // Plain for everyone: "understandable for everyone", "accessible to everyone" (held-out review 57).
    'understandable|accessible|affordable|readable|clear|available to|for @everyone',
    'free for|to @everyone',
    '@everyone|@all @targetNoun? i|we|i\'ve|we\'ve',
    '@everyone here|present|thanks',
    // "I know everyone in construction", "ask anyone in Leeds": not "if you know anyone who needs a website".
    "i|we|i've|we've|who ...2 know|knows|meet|met ...2 @everyone",
    'ask @everyone',
    // Newcomers in the room: "For anyone new, I'm a virtual assistant", "for anyone who doesn't know me".
    '@everyone new',
    "@everyone who|that doesn't|don't|does|do|hasn't|haven't ...2 know|met me|us",
    "@everyone who's|who|that is|are new",
    // "A good referral for me would be anyone who's just retired": the referral frame, not serving everyone.
    'for me|us would|will|is|are be? @everyone',
    // "My work is not for everyone": the opposite of a vague target.
    "not|isn't|aren't for @everyone",
    // "firm" the adjective: "contact me for any firm enquiry", "every firm booking".
    '@all firm enquiry|enquiries|inquiry|inquiries|booking|bookings|order|orders|offer|offers|quote|quotes|commitment|date|dates|reservation|reservations',
    // A value for everyone is a claim about the world, not whom the speaker serves: "Exercise is good for
    // everyone, but I train runners over 50" (held-out review 44).
    'good|important|essential|healthy|vital|beneficial for @everyone ~who|that|with|whose|looking|wanting',
    'a right for @everyone',
    // Clients narrowed right away: "new clients, especially hair salons in Leeds", "new clients: hair salons" (held-out review 43).
    // Only the sought word itself, after "new" or "more": "everyone is a potential customer: any business …" stays flagged.
    'new|more|some|extra < @sought > , especially|mainly|particularly|ideally|preferably|specifically|namely|mostly',
    'new|more|some|extra < @sought > , in particular',
    'new|more|some|extra < @sought > : _',
    // An owner of a named kind of business: "anyone who owns a restaurant in Leeds" (held-out review 38).
    '@everyone who|that owns|own|runs|run|manages|manage|has|have a|an ~business|company|firm|shop|store|brand|startup|website|small|online|own _',
  ],
}
