/**
 * English loanwords common in Dutch pitches, counted with the English syllable counter because the
 * Dutch nucleus rules miss their silent e and vowel pairs (shared/research/dutch-language-facts.md §2.4).
 */
export const dutchLoanwords: readonly string[] = [
  'software', 'online', 'offline', 'website', 'websites', 'service', 'services', 'team', 'teams', 'coach',
  'coaches', 'business', 'deadline', 'deadlines', 'update', 'updates', 'sales', 'leads', 'lead', 'keynote',
  'lifestyle', 'branding', 'workshop', 'workshops', 'mindset', 'recruiter', 'recruiters', 'startup',
  'startups', 'scale-up', 'scaleup', 'scaleups', 'teambuilding', 'performance', 'compliance', 'office',
  'finance', 'research', 'value', 'homepage', 'framework', 'frameworks', 'feedback', 'meeting', 'meetings',
  'manager', 'managers', 'marketing', 'content', 'design', 'designer', 'designers', 'freelance', 'freelancer',
  'freelancers', 'mail', 'e-mail', 'email', 'site', 'page', 'pages', 'store', 'shop', 'webshop', 'webshops',
  'template', 'templates', 'case', 'cases', 'cloud', 'app', 'apps', 'game', 'games', 'smartphone', 'laptop',
  'coaching', 'training', 'trainings', 'event', 'events', 'timeline', 'pipeline', 'storytelling', 'board',
  'headhunter', 'interim', 'consultancy', 'life', 'time', 'care', 'skincare', 'healthcare', 'make-up',
  'makeup', 'hairstylist', 'stylist', 'styling', 'wellness', 'coffee', 'food', 'foodtruck', 'catering',
  'ghostwriter', 'copywriter', 'writer', 'user', 'users', 'experience', 'customer', 'journey', 'engagement',
  'purpose', 'people', 'sustainable', 'drive', 'focus', 'home', 'key', 'web', 'hair', 'skin', 'frame',
  'soft', 'dead', 'ghost', 'head', 'note', 'hardware', 'malware', 'ransomware', 'spyware', 'firmware',
  'phishing',
]

/** English heads of Dutch compounds ("salesmanager", "lifecoach", "homepage"). */
export const englishHeads: readonly string[] = [
  'manager', 'managers', 'coach', 'coaches', 'page', 'pages', 'style', 'styles', 'work', 'line', 'site',
  'sites', 'ware', 'shop', 'shops', 'store', 'designer', 'designers', 'writer', 'writers', 'office', 'care',
  'team', 'teams', 'meeting', 'meetings', 'event', 'events', 'case', 'cases', 'mail', 'time',
]
