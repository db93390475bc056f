/**
 * Map points that more than one entry stands at, each from the source named beside it: an event
 * shown at the memorial or the town it happened at uses the same point, cited to the same source.
 */

/** 56°13′07″ N 34°15′46″ E (Russian Wikipedia via wiki7-rzhev-memorial), about 7 km south-west of the town. */
export const RZHEV_MEMORIAL_POINT = { latitude: 56.2186, longitude: 34.2628 };
/** 56°15′56″ N 34°19′39″ E (perceptio-rzhev-town). */
export const RZHEV_TOWN_POINT = { latitude: 56.2656, longitude: 34.3275 };
/** The Motherland Calls on Mamayev Kurgan (trwiki-motherland-calls). */
export const MAMAYEV_KURGAN_POINT = { latitude: 48.74222, longitude: 44.53694 };
/** Alyosha on Green Cape hill, Murmansk (dook-alyosha). */
export const ALYOSHA_POINT = { latitude: 68.99297, longitude: 33.07081 };
/** Victory Square, St Petersburg (wiki-victory-square-spb). */
export const VICTORY_SQUARE_SPB_POINT = { latitude: 59.84269, longitude: 30.32189 };
/** The memorial on Nakhimov Square, central Sevastopol: 44°36′58″ N 33°31′27″ E (perceptio-nakhimov-square-memorial). */
export const NAKHIMOV_SQUARE_POINT = { latitude: 44.61611, longitude: 33.52417 };
/** Khatyn (frwiki-khatyn): 54°20′10″ N 27°56′27″ E. */
export const KHATYN_POINT = { latitude: 54.33611, longitude: 27.94083 };
/** The belfry on Prokhorovka Field (wikiorg-zvonnitsa): 51°01′19″ N 36°39′32″ E. */
export const PROKHOROVKA_BELFRY_POINT = { latitude: 51.02194, longitude: 36.65889 };
/** The Salaspils camp site (geomapedia-salaspils). */
export const SALASPILS_CAMP_POINT = { latitude: 56.8744, longitude: 24.3014 };
/** The Soviet War Memorial in Treptower Park (piglix-treptow): 52°29′15″ N 13°28′06″ E. */
export const TREPTOWER_PARK_POINT = { latitude: 52.4875, longitude: 13.46833 };
/** The Motherland Monument, Kyiv (wiki-motherland-kyiv). */
export const KYIV_MONUMENT_POINT = { latitude: 50.42652, longitude: 30.56319 };
/** Almaty: 43°16′39″ N 76°53′45″ E (wiki-almaty). */
export const ALMATY_POINT = { latitude: 43.2775, longitude: 76.89583 };
