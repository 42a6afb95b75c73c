#pragma once

#include "undocommands.h"

namespace hierarch {

// Site addresses and senders: the addresses of one site before and after an addition or a removal
// (a site has a few; keeping both lists is simpler than replaying the change). `after` has the
// address at `index` added (`adds`) or removed.
class SetAddressesCommand : public DocumentCommand
{
public:
    SetAddressesCommand(Document *document, ItemId site, QList<SenderAddress> before,
                        QList<SenderAddress> after, bool adds, int index, const QString &text,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ItemId mSite;
    QList<SenderAddress> mBefore;
    QList<SenderAddress> mAfter;
    bool mAdds;
    int mIndex;
};

} // namespace hierarch
