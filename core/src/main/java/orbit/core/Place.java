package orbit.core;

/**
 * A geographic point as GDELT records it. {@code country} is a FIPS 10-4 code (GDELT geography
 * uses FIPS, not ISO: Armenia is AM, Russia RS), kept apart from the ISO ids of actors on purpose.
 *
 * @param type      GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
 * @param name      full place name ("Yerevan, Yerevan, Armenia")
 * @param country   FIPS 10-4 country code
 * @param adm1      ADM1 code (FIPS country + region)
 * @param adm2      ADM2 code, empty in GDELT 1.0
 * @param lat       latitude, null when unknown
 * @param lon       longitude, null when unknown
 * @param featureId GNS/GNIS feature id as text (may be negative or alphanumeric)
 */
public record Place(
        int type, String name, String country, String adm1, String adm2, Double lat, Double lon, String featureId) {

    public Place {
        name = Actor.nz(name);
        country = Actor.nz(country);
        adm1 = Actor.nz(adm1);
        adm2 = Actor.nz(adm2);
        featureId = Actor.nz(featureId);
    }
}
