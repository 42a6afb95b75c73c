#include "diagrampainting.h"

#include "canvastext.h"
#include "document/planreader.h"
#include "theme.h"

#include <QPainter>

namespace hierarch::canvas {

namespace {

struct SiteColors
{
    QColor header;
    QColor pill;
};

SiteColors siteColors(const Site &site)
{
    if (site.isSecondary())
        return {QColor(0xe4, 0xf3, 0xf0), QColor(0x00, 0x7d, 0x70)};
    if (site.isCentral())
        return {QColor(0xe1, 0xe6, 0xf7), QColor(0x30, 0x3f, 0x9f)};
    return {QColor(0xec, 0xef, 0xfa), QColor(0x5c, 0x6b, 0xc0)};
}

QPen borderPen(const ItemLook &look, const QColor &quiet, int hoverDarker)
{
    if (look.marks.worst >= 0)
        return QPen(severityColor(Severity(look.marks.worst)), 2.5);
    return QPen(look.hovered && !look.full ? quiet.darker(hoverDarker) : quiet, 1);
}

// What goes over a site box or card: the selection halo, the drop highlight, the findings badge.
void paintOverlays(QPainter *painter, const QRectF &rect, double radius, const ItemLook &look)
{
    if (look.selected)
        drawSelectionHalo(painter, rect, radius);
    if (look.dropTarget)
        drawDropHighlight(painter, rect, radius);
    if (look.marks.worst >= 0)
        drawFindingsBadge(painter, rect, look.marks.count, Severity(look.marks.worst));
}

// The code, name, type pill and the mode line of a site's header.
void paintSiteHeaderText(QPainter *painter, const PlanReader &plan, const Site &site,
                         const QRectF &box, const SiteColors &palette)
{
    const Fonts &f = fonts();
    // The type pill at the right of the first line.
    const QString type = siteTypeText(site);
    const QFontMetricsF pillMetrics(f.pill);
    const QRectF pill(box.width() - kSitePadding - pillMetrics.horizontalAdvance(type) - 14, 11,
                      pillMetrics.horizontalAdvance(type) + 14, 18);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.pill);
    painter->drawRoundedRect(pill, 9, 9);
    painter->setPen(Qt::white);
    painter->setFont(f.pill);
    painter->drawText(pill, Qt::AlignCenter, type);

    // Code, then the name in the room left before the pill.
    const QFontMetricsF codeMetrics(f.siteCode);
    const QRectF codeRect(kSitePadding, 8, codeMetrics.horizontalAdvance(site.code) + 1, 24);
    painter->setPen(colors::text);
    painter->setFont(f.siteCode);
    painter->drawText(
        codeRect, Qt::AlignLeft | Qt::AlignVCenter,
        codeMetrics.elidedText(site.code, Qt::ElideRight, pill.left() - kSitePadding - 8));
    if (site.name) {
        const double nameLeft = codeRect.right() + 8;
        const double room = pill.left() - 8 - nameLeft;
        if (room > 20) {
            painter->setFont(f.siteName);
            painter->setPen(colors::text);
            painter->drawText(
                QRectF(nameLeft, 8, room, 24), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(f.siteName).elidedText(*site.name, Qt::ElideRight, room));
        }
    }

    // Mode, clients and servers on the second line.
    QString info = siteModeText(plan, site);
    if (site.clients)
        info += QStringLiteral("  \u00b7  ") + CanvasText::clientCount(*site.clients);
    info += QStringLiteral("  \u00b7  ") + CanvasText::serverCount(int(site.servers.size()));
    painter->setFont(f.siteInfo);
    painter->setPen(colors::mutedText);
    const QRectF infoRect(kSitePadding, 33, box.width() - 2 * kSitePadding, 18);
    painter->drawText(infoRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(f.siteInfo).elidedText(info, Qt::ElideRight, infoRect.width()));

    if (site.servers.isEmpty()) {
        painter->setFont(f.placeholder);
        painter->drawText(QRectF(0, kSiteHeaderHeight, box.width(), kEmptySiteBody),
                          Qt::AlignCenter, CanvasText::tr("No servers"));
    }
}

void paintChips(QPainter *painter, const Server &server, const CardShape &shape, bool withText,
                const CardLook &look)
{
    const Fonts &f = fonts();
    const int count = int(std::min(server.roles.size(), shape.chips.size()));
    for (int i = 0; i < count; ++i) {
        const Role role = server.roles.at(i).role;
        const RoleLabel &label = roleLabel(role);
        const CardChip &chip = shape.chips.at(i);
        const QColor color = roleColor(role);
        const bool selected = !look.full && look.chipSelected && look.chipSelected(i);

        painter->setBrush(chipTint(role));
        QColor edge = color;
        edge.setAlpha(90);
        painter->setPen(selected ? QPen(colors::selection, 2) : QPen(edge, 1));
        painter->drawRoundedRect(chip.rect, 4, 4);

        const QRectF box(chip.rect.left(), chip.rect.top(), label.abbreviationWidth,
                         chip.rect.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(withText ? box : chip.rect, 4, 4);
        if (!withText)
            continue;
        // The role's icon: its tile has the box's colour, so the white pictogram is what shows.
        paintRoleIcon(painter, role, QRectF(box.center() - QPointF(8, 8), QSizeF(16, 16)));
        if (chip.withName) {
            const QRectF nameRect(box.right() + kChipNameGap, chip.rect.top(),
                                  chip.rect.right() - box.right() - kChipNameGap - kChipEndGap + 2,
                                  chip.rect.height());
            painter->setPen(colors::text);
            painter->setFont(f.chipName);
            painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                              chip.nameWidth <= nameRect.width()
                                  ? chip.name
                                  : QFontMetricsF(f.chipName)
                                        .elidedText(chip.name, Qt::ElideRight, nameRect.width()));
        }
    }
}

} // namespace

FindingMarks marksOf(const QList<const Finding *> &findings)
{
    FindingMarks marks;
    for (const Finding *f : findings) {
        if (f->waived) {
            ++marks.waived;
            continue;
        }
        ++marks.count;
        if (marks.worst < 0 || int(f->severity()) < marks.worst)
            marks.worst = int(f->severity());
    }
    return marks;
}

QString siteModeText(const PlanReader &plan, const Site &site)
{
    if (plan.plan().product == Product::Sms2003) {
        return site.effectiveSecurityMode() == SecurityMode::Advanced
                   ? CanvasText::tr("Advanced security")
                   : CanvasText::tr("Standard security");
    }
    // A secondary site's clients follow its parent's mode (RULES.md "effective mode").
    const Site *owner = &site;
    for (int hops = 0; owner->isSecondary() && owner->parent && hops < 8; ++hops) {
        const int parent = plan.siteIndexByCode(*owner->parent);
        if (parent < 0)
            break;
        owner = &plan.plan().sites.at(parent);
    }
    return owner->ownClientMode() == ClientMode::Native ? CanvasText::tr("Native mode")
                                                        : CanvasText::tr("Mixed mode");
}

QString siteTypeText(const Site &site)
{
    if (site.isSecondary())
        return CanvasText::tr("Secondary");
    return site.isCentral() ? CanvasText::tr("Central") : CanvasText::tr("Primary");
}

QColor cardBlockColor(const Server &server, const FindingMarks &marks)
{
    if (marks.worst >= 0)
        return severityColor(Severity(marks.worst));
    return zoneColor(server.effectiveZone());
}

void paintSite(QPainter *painter, const PlanReader &plan, const Site &site, const QSizeF &size,
               const SiteLook &look)
{
    const Fonts &f = fonts();
    const SiteColors palette = siteColors(site);
    const QRectF box(QPointF(0, 0), size);
    const double r = kSiteRadius;

    if (!look.full && look.detail < kCardBlockMaxDetail) {
        // Far out: the box in its header's colour, its border in its findings' colour, and
        // (when the canvas asks the sites to) each card as a block. Text would be a speck.
        painter->fillRect(box, colors::siteBody);
        painter->fillRect(QRectF(0, 0, box.width(), kSiteHeaderHeight), palette.header);
        for (const auto &[rect, colour] : look.cardBlocks)
            painter->fillRect(rect, colour);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(look.marks.worst >= 0 ? severityColor(Severity(look.marks.worst))
                                                   : colors::siteBorder,
                             look.marks.worst >= 0 ? 2.5 : 1));
        painter->drawRect(box);
        if (look.selected)
            drawSelectionHalo(painter, box, 0);
        return;
    }

    painter->setPen(Qt::NoPen);
    painter->setBrush(colors::shadow);
    painter->drawRoundedRect(box.translated(0, 2), r, r);
    painter->setBrush(colors::siteBody);
    painter->drawRoundedRect(box, r, r);
    painter->setBrush(palette.header);
    painter->drawPath(siteHeaderPath(size));
    painter->setPen(QPen(colors::siteBorder, 1));
    painter->drawLine(QPointF(0, kSiteHeaderHeight), QPointF(box.width(), kSiteHeaderHeight));

    if (look.full || look.detail >= kCardTextMinDetail) {
        paintSiteHeaderText(painter, plan, site, box, palette);
    } else {
        // Far out only the code is legible, so it fills the header.
        painter->setFont(f.siteCodeOverview);
        painter->setPen(colors::text);
        const QRectF header(kSitePadding, 0, box.width() - 2 * kSitePadding, kSiteHeaderHeight);
        painter->drawText(header, Qt::AlignCenter,
                          QFontMetricsF(f.siteCodeOverview)
                              .elidedText(site.code, Qt::ElideRight, header.width()));
    }

    // The border: the findings colour when there are findings, else a quiet grey.
    painter->setBrush(Qt::NoBrush);
    painter->setPen(borderPen(look, colors::siteBorder, 130));
    painter->drawRoundedRect(box, r, r);

    if (const QRectF toggle = siteToggleRect(size, look.childSites, look.hiddenSites);
        !toggle.isNull()) {
        painter->setPen(QPen(colors::siteBorder.darker(120), 1));
        painter->setBrush(look.hiddenSites ? palette.pill : colors::siteBody);
        painter->drawRoundedRect(toggle, toggle.height() / 2, toggle.height() / 2);
        if (look.hiddenSites) {
            painter->setPen(Qt::white);
            painter->setFont(f.pill);
            painter->drawText(toggle, Qt::AlignCenter, CanvasText::hiddenSites(look.hiddenSites));
        } else if (!look.full) {
            // A minus: the subtree below can be folded away.
            painter->setPen(QPen(colors::mutedText, 1.5));
            const QPointF c = toggle.center();
            painter->drawLine(c - QPointF(5, 0), c + QPointF(5, 0));
        }
    }

    paintOverlays(painter, box, r, look);
}

void paintCard(QPainter *painter, const Server &server, const CardShape &shape, const QSizeF &size,
               const CardLook &look)
{
    const bool withText = look.full || look.detail >= kCardTextMinDetail;
    const Fonts &f = fonts();
    const QRectF card(QPointF(0, 0), size);
    const double r = kCardRadius;
    if (!look.full && look.detail < kCardBlockMaxDetail) {
        painter->fillRect(card,
                          look.selected ? colors::selection : cardBlockColor(server, look.marks));
        return;
    }

    // Zone band: the card filled in the zone colour, then the white body over all but the top.
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors::shadow);
    painter->drawRoundedRect(card.translated(0, 1), r, r);
    painter->setBrush(zoneColor(server.effectiveZone()));
    painter->drawRoundedRect(card, r, r);
    painter->setBrush(colors::cardBody);
    painter->drawPath(cardBodyPath(size));

    if (withText) {
        // DC / IIS markers at the right of the name line.
        double right = card.width() - kCardPadding;
        const QFontMetricsF markerMetrics(f.marker);
        auto marker = [&](const QString &text, const QColor &back, const QColor &fore) {
            const double width = markerMetrics.horizontalAdvance(text) + 10;
            const QRectF pill(right - width, 11, width, 15);
            painter->setPen(Qt::NoPen);
            painter->setBrush(back);
            painter->drawRoundedRect(pill, 4, 4);
            painter->setPen(fore);
            painter->setFont(f.marker);
            painter->drawText(pill, Qt::AlignCenter, text);
            right -= width + 4;
        };
        if (server.hasIisRole())
            marker(QStringLiteral("IIS"), QColor(0xff, 0xec, 0xd9), QColor(0xa6, 0x4b, 0x00));
        if (server.effectiveDomainController())
            marker(QStringLiteral("DC"), QColor(0xe3, 0xe7, 0xf8), QColor(0x28, 0x35, 0x93));

        painter->setFont(f.serverName);
        painter->setPen(colors::text);
        const QRectF nameRect(kCardPadding, 9, right - kCardPadding - 2, 19);
        painter->drawText(
            nameRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(f.serverName).elidedText(server.name, Qt::ElideRight, nameRect.width()));

        // Zone line: a dot in the zone colour and the zone's name.
        painter->setPen(Qt::NoPen);
        painter->setBrush(zoneColor(server.effectiveZone()));
        painter->drawEllipse(QRectF(kCardPadding + 1, 32.5, 7, 7));
        painter->setFont(f.serverInfo);
        painter->setPen(colors::mutedText);
        painter->drawText(QRectF(kCardPadding + 13, 28, kCardContentWidth - 13, 16),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          zoneDisplayName(server.effectiveZone()));
        if (server.roles.isEmpty()) {
            painter->setFont(f.placeholder);
            painter->drawText(QRectF(kCardPadding, kChipsTop, kCardContentWidth, kChipHeight),
                              Qt::AlignLeft | Qt::AlignVCenter, CanvasText::tr("No roles"));
        }
    }
    paintChips(painter, server, shape, look.full || look.detail >= kChipTextMinDetail, look);

    painter->setBrush(Qt::NoBrush);
    painter->setPen(borderPen(look, colors::cardBorder, 140));
    painter->drawRoundedRect(card, r, r);

    paintOverlays(painter, card, r, look);
}

} // namespace hierarch::canvas
