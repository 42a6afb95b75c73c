#include "addresscommands.h"

namespace hierarch {

SetAddressesCommand::SetAddressesCommand(Document *document, ItemId site,
                                         QList<SenderAddress> before, QList<SenderAddress> after,
                                         bool adds, int index, const QString &text,
                                         QUndoCommand *parent)
    : DocumentCommand(document, text, parent), mSite(site), mBefore(std::move(before)),
      mAfter(std::move(after)), mAdds(adds), mIndex(index)
{}

void SetAddressesCommand::redo()
{
    mDocument->applySetAddresses(mSite, mAfter, mAdds, mIndex);
}

void SetAddressesCommand::undo()
{
    mDocument->applySetAddresses(mSite, mBefore, !mAdds, mIndex);
}

} // namespace hierarch
