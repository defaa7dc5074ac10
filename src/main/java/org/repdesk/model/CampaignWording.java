package org.repdesk.model;

import java.util.Locale;
import org.repdesk.i18n.Messages;

/**
 * A campaign bulletin's demand in a document's language while it still holds the bulletin's words. The
 * demands are loaded in the rep's language ({@code service/CampaignBulletins}, the {@code campaign.*}
 * keys) and are the rep's data after that; but a brief made in Welsh from a log loaded in English (or
 * the other way about) would otherwise mix the two languages. So a title, text, raiser or response
 * that is exactly the bulletin's words, in either language, is read in the document's; anything the
 * rep changed reads as they wrote it, as a starting stage does ({@link StageCatalogue#shown}).
 */
public final class CampaignWording {

    private CampaignWording() {
    }

    public static String title(Demand d, Locale language) {
        return shown(d, d.title(), "campaign." + d.sourceKey() + ".title", language);
    }

    public static String text(Demand d, Locale language) {
        return shown(d, d.text(), "campaign." + d.sourceKey() + ".text", language);
    }

    public static String raisedBy(Demand d, Locale language) {
        return shown(d, d.raisedBy(), "campaign.raisedBy", language);
    }

    /** What the employer said in a response to {@code d}, as Bulletin 3 reported it or as the rep wrote it. */
    public static String said(Demand d, String said, Locale language) {
        return shown(d, said, "campaign." + d.sourceKey() + ".response", language);
    }

    /** Who responded to {@code d}: the bulletin's "HMPPS (as reported …)" in {@code language}, or as the rep wrote it. */
    public static String by(Demand d, String by, Locale language) {
        return shown(d, by, "campaign.responseBy", language);
    }

    private static String shown(Demand d, String stored, String key, Locale language) {
        if (d.sourceKey() == null || stored == null || !Messages.has(key)) {
            return stored;
        }
        return stored.equals(Messages.text(Messages.ENGLISH, key)) || stored.equals(Messages.text(Messages.WELSH, key))
                ? Messages.text(language, key) : stored;
    }
}
